package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import dev.jrace.shadow.JdkObjects;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;
import org.objectweb.asm.tree.analysis.Value;

/**
 * The calls on JDK objects and the array accesses that need no watching: those whose receiver
 * or array is one the method made itself ({@code new StringBuilder()}, {@code new int[16]}) and
 * never lets out, except by returning it. No other thread can reach such an object while the
 * method runs, so its calls and elements cannot race; and the local builders, result lists and
 * scratch arrays that most methods make would otherwise each cost a shadow in the weak table.
 * An object lets out when it is stored anywhere, passed to any call but its own methods,
 * captured by a lambda or thrown. (A caller that publishes a returned object without
 * synchronization races on the field it publishes through, which is reported.)
 */
final class FreshObjects {
  private FreshObjects() {}

  /**
   * The calls of {@code m} (as it is now) whose receiver is such an object, and its array loads
   * and stores whose array is; often empty.
   */
  static Set<AbstractInsnNode> unshared(String owner, MethodNode m) {
    if (!makesFreshObject(m)) {
      return Set.of();
    }
    Escapes escapes = new Escapes();
    Frame<Fresh>[] frames;
    try {
      frames = new Analyzer<>(escapes).analyze(owner, m);
    } catch (AnalyzerException | RuntimeException e) {
      return Set.of();
    }
    Set<AbstractInsnNode> unshared = new HashSet<>();
    AbstractInsnNode[] insns = m.instructions.toArray();
    for (int i = 0; i < insns.length; i++) {
      Frame<Fresh> f = frames[i];
      int below = f == null ? -1 : operandsAbove(insns[i]); // the receiver's or array's depth on the stack
      if (below >= 0) {
        Fresh made = f.getStack(f.getStackSize() - 1 - below);
        if (made.isFresh() && !escapes.any(made.news)) {
          unshared.add(insns[i]);
        }
      }
    }
    return unshared;
  }

  /**
   * How many operands lie above the receiver of a call on a JDK object, or above the array of
   * an array load or store; -1 for any other instruction.
   */
  private static int operandsAbove(AbstractInsnNode i) {
    int op = i.getOpcode();
    if (op >= IALOAD && op <= SALOAD) {
      return 1; // the index
    }
    if (op >= IASTORE && op <= SASTORE) {
      return 2; // the index and the value
    }
    if (i instanceof MethodInsnNode call && JdkCalls.applies(call) && !JdkCalls.onArgument(call)) {
      return Type.getArgumentTypes(call.desc).length;
    }
    return -1;
  }

  private static boolean makesFreshObject(MethodNode m) {
    for (AbstractInsnNode i : m.instructions) {
      if (isFresh(i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code i} makes an array, or an object of a JDK class jrace watches. */
  private static boolean isFresh(AbstractInsnNode i) {
    return switch (i.getOpcode()) {
      case NEWARRAY, ANEWARRAY, MULTIANEWARRAY -> true;
      case NEW -> JdkObjects.isWatchedName(((TypeInsnNode) i).desc.replace('/', '.'));
      default -> false;
    };
  }

  /**
   * A value: its basic type, the {@code new} instructions it may come from, and whether it may
   * be anything else.
   */
  private record Fresh(BasicValue basic, Set<AbstractInsnNode> news, boolean other) implements Value {
    static Fresh other(BasicValue basic) {
      return basic == null ? null : new Fresh(basic, Set.of(), true);
    }

    boolean isFresh() {
      return !other && !news.isEmpty();
    }

    @Override
    public int getSize() {
      return basic.getSize();
    }
  }

  /**
   * Tracks the arrays and the objects of watched classes made here through locals and the
   * stack, and which of them escape. Types come from ASM's basic interpreter.
   */
  private static final class Escapes extends Interpreter<Fresh> {
    private final BasicInterpreter basic = new BasicInterpreter();
    private final Set<AbstractInsnNode> escaped = new HashSet<>();

    Escapes() {
      super(ASM9);
    }

    boolean any(Set<AbstractInsnNode> news) {
      for (AbstractInsnNode n : news) {
        if (escaped.contains(n)) {
          return true;
        }
      }
      return false;
    }

    private void escape(Fresh v) {
      if (v != null) {
        escaped.addAll(v.news);
      }
    }

    @Override
    public Fresh newValue(Type type) {
      return Fresh.other(basic.newValue(type));
    }

    @Override
    public Fresh newOperation(AbstractInsnNode insn) throws AnalyzerException {
      return made(insn, basic.newOperation(insn));
    }

    private static Fresh made(AbstractInsnNode insn, BasicValue b) {
      return isFresh(insn) ? new Fresh(b, Set.of(insn), false) : Fresh.other(b);
    }

    @Override
    public Fresh copyOperation(AbstractInsnNode insn, Fresh value) {
      return value;
    }

    @Override
    public Fresh unaryOperation(AbstractInsnNode insn, Fresh value) throws AnalyzerException {
      BasicValue b = basic.unaryOperation(insn, value.basic);
      switch (insn.getOpcode()) {
        case CHECKCAST:
          return new Fresh(b, value.news, value.other);
        case PUTSTATIC:
        case ATHROW:
          escape(value);
          return null;
        default:
          return made(insn, b);
      }
    }

    @Override
    public Fresh binaryOperation(AbstractInsnNode insn, Fresh value1, Fresh value2) throws AnalyzerException {
      if (insn.getOpcode() == PUTFIELD) {
        escape(value2);
      }
      return Fresh.other(basic.binaryOperation(insn, value1.basic, value2.basic));
    }

    @Override
    public Fresh ternaryOperation(AbstractInsnNode insn, Fresh value1, Fresh value2, Fresh value3) {
      escape(value3); // xASTORE: the value stored into an array, not the array
      return null;
    }

    @Override
    public Fresh naryOperation(AbstractInsnNode insn, List<? extends Fresh> values) throws AnalyzerException {
      List<BasicValue> basics = new java.util.ArrayList<>();
      for (Fresh v : values) {
        basics.add(v.basic);
      }
      BasicValue b = basic.naryOperation(insn, basics);
      boolean ownCall = insn instanceof MethodInsnNode call
          && (JdkCalls.applies(call) && !JdkCalls.onArgument(call) || call.name.equals("<init>"));
      for (int v = 0; v < values.size(); v++) {
        if (v > 0 || !ownCall) {
          escape(values.get(v));
        }
      }
      if (b != null && ownCall && returnsItself((MethodInsnNode) insn)) {
        Fresh receiver = values.get(0);
        return new Fresh(b, receiver.news(), receiver.other());
      }
      return made(insn, b);
    }

    /** StringBuilder's append, insert, delete, replace, reverse return the builder itself. */
    private static boolean returnsItself(MethodInsnNode call) {
      return call.owner.equals("java/lang/StringBuilder") && call.desc.endsWith(")Ljava/lang/StringBuilder;");
    }

    @Override
    public void returnOperation(AbstractInsnNode insn, Fresh value, Fresh expected) {
      // returning an object hands it to the caller, on this thread
    }

    @Override
    public Fresh merge(Fresh a, Fresh b) {
      BasicValue type = basic.merge(a.basic, b.basic);
      if (type.equals(a.basic) && (a.other || !b.other) && a.news.containsAll(b.news)) {
        return a;
      }
      Set<AbstractInsnNode> news = new HashSet<>(a.news);
      news.addAll(b.news);
      return new Fresh(type, Set.copyOf(news), a.other || b.other);
    }
  }
}
