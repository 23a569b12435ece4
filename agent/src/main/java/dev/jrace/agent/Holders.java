package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * For each array access of a method, and each call on what may be a watched JDK object, the
 * field its array or receiver was read from, when the data flow says so plainly
 * ({@code this.data[i]}, or {@code int[] a = this.data; ... a[i]}), so that a report can say
 * where the racy array or map lives. Computed before the method is rewritten.
 */
final class Holders {
  private static final int LOCAL_HOPS = 2;
  /** What a value comes to when all its sources are null constants. */
  private static final AbstractInsnNode NULL_ONLY = new org.objectweb.asm.tree.InsnNode(ACONST_NULL);
  private final MethodNode method;
  private final Frame<SourceValue>[] frames;
  private final Map<AbstractInsnNode, AbstractInsnNode> holders = new IdentityHashMap<>();

  private Holders(MethodNode method, Frame<SourceValue>[] frames) {
    this.method = method;
    this.frames = frames;
  }

  /**
   * For each array access and call on a possible JDK object of {@code method} as it is now, the
   * instruction its array or receiver came from when that is a field read ({@code GETFIELD},
   * {@code GETSTATIC}) or a new array ({@code ANEWARRAY}); empty when there is none or the method
   * cannot be analysed.
   */
  static Map<AbstractInsnNode, AbstractInsnNode> of(String owner, MethodNode method) {
    List<AbstractInsnNode> accesses = new ArrayList<>();
    for (AbstractInsnNode i : method.instructions) {
      int op = i.getOpcode();
      if ((op >= IALOAD && op <= SALOAD) || (op >= IASTORE && op <= SASTORE) || op == MONITORENTER
          || JdkCalls.applies(i) || LockCalls.applies(i)) {
        accesses.add(i);
      }
    }
    if (accesses.isEmpty()) {
      return Map.of();
    }
    try {
      Holders a = new Holders(method, new Analyzer<>(new SourceInterpreter()).analyze(owner, method));
      for (AbstractInsnNode i : accesses) {
        AbstractInsnNode f = a.holder(i);
        if (f != null) {
          a.holders.put(i, f);
        }
      }
      return a.holders;
    } catch (AnalyzerException | RuntimeException e) {
      return Map.of();
    }
  }

  /** The field of a source from {@link #of}, or null when it is not a field read. */
  static FieldInsnNode field(AbstractInsnNode source) {
    return source instanceof FieldInsnNode f ? f : null;
  }

  /** The type descriptor of the array a source from {@link #of} yields ({@code [I}), or null. */
  static String arrayType(AbstractInsnNode source) {
    if (source instanceof FieldInsnNode f) {
      return f.desc;
    }
    return source instanceof TypeInsnNode t ? "[" + Type.getObjectType(t.desc).getDescriptor() : null;
  }

  private AbstractInsnNode holder(AbstractInsnNode insn) {
    Frame<SourceValue> f = frame(insn);
    if (f == null) {
      return null;
    }
    int below = insn instanceof MethodInsnNode call
        ? Type.getArgumentTypes(call.desc).length + (JdkCalls.onArgument(call) ? 0 : 1) // object under the arguments
        : insn.getOpcode() == MONITORENTER ? 1
        : insn.getOpcode() >= IASTORE ? 3 : 2; // array under index (and value)
    AbstractInsnNode found = source(f.getStack(f.getStackSize() - below), LOCAL_HOPS);
    return found == NULL_ONLY ? null : found;
  }

  /**
   * The one field read or new array all of {@code v}'s sources come to, following a local back
   * to what was stored in it up to {@code hops} times; a null constant counts as no source
   * ({@code a = null; try { a = new T[n]; } ...}). Null when there is none or more than one.
   */
  private AbstractInsnNode source(SourceValue v, int hops) {
    AbstractInsnNode found = NULL_ONLY;
    for (AbstractInsnNode insn : v.insns) {
      AbstractInsnNode s = insn.getOpcode() == ACONST_NULL ? NULL_ONLY : sourceOf(insn, hops);
      found = merge(found, s);
      if (found == null) {
        return null;
      }
    }
    return found;
  }

  /** Two sources seen for one value: the same one, or one of them only null; else null (unknown). */
  private static AbstractInsnNode merge(AbstractInsnNode a, AbstractInsnNode b) {
    if (a == null || b == null) {
      return null;
    }
    return a == NULL_ONLY ? b : b == NULL_ONLY || a == b ? a : null;
  }

  private AbstractInsnNode sourceOf(AbstractInsnNode insn, int hops) {
    if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type) {
      return insn; // a class literal: synchronized (Foo.class)
    }
    if (insn instanceof VarInsnNode load && load.getOpcode() == ALOAD && load.var == 0
        && (method.access & ACC_STATIC) == 0 && neverStored(0)) {
      return insn; // this
    }
    if (insn instanceof FieldInsnNode field
        && (field.getOpcode() == GETFIELD || field.getOpcode() == GETSTATIC) || insn instanceof TypeInsnNode
        && insn.getOpcode() == ANEWARRAY || isCoverageProbes(insn)) {
      return insn;
    }
    if (insn.getOpcode() == CHECKCAST && hops > 0) {
      Frame<SourceValue> f = frame(insn);
      return f == null || f.getStackSize() < 1 ? null : source(f.getStack(f.getStackSize() - 1), hops - 1);
    }
    if ((insn.getOpcode() == DUP || insn.getOpcode() == DUP2) && hops > 0) {
      // a copy: of the top value, or for DUP2 (a[i]++, a[i] += x) of the array under the index
      Frame<SourceValue> f = frame(insn);
      int below = insn.getOpcode() == DUP ? 1 : 2;
      return f == null || f.getStackSize() < below ? null : source(f.getStack(f.getStackSize() - below), hops - 1);
    }
    if (insn instanceof VarInsnNode load && load.getOpcode() == ALOAD && hops > 0) {
      Frame<SourceValue> f = frame(load);
      if (f == null) {
        return null;
      }
      AbstractInsnNode found = NULL_ONLY;
      for (AbstractInsnNode store : f.getLocal(load.var).insns) {
        Frame<SourceValue> before = store.getOpcode() != ASTORE ? null : frame(store);
        found = merge(found, before == null ? null : source(before.getStack(before.getStackSize() - 1), hops - 1));
        if (found == null) {
          return null;
        }
      }
      return found;
    }
    return null;
  }

  /**
   * Whether {@code source} (from {@link #of}) is JaCoCo's array of coverage probes, which its
   * agent adds to every method and writes without synchronization by design: got from
   * {@code $jacocoInit()}, or for class files of Java 11 on from the {@code $jacocoData} dynamic
   * constant.
   */
  static boolean isCoverageProbes(AbstractInsnNode source) {
    return source instanceof MethodInsnNode call && call.getOpcode() == INVOKESTATIC && call.name.equals("$jacocoInit")
        || source instanceof LdcInsnNode ldc && ldc.cst instanceof org.objectweb.asm.ConstantDynamic c
            && c.getName().equals("$jacocoData");
  }

  private boolean neverStored(int local) {
    for (AbstractInsnNode i : method.instructions) {
      if (i instanceof VarInsnNode v && v.var == local && v.getOpcode() == ASTORE) {
        return false;
      }
    }
    return true;
  }

  /**
   * How a report names a lock from its source ({@link #of}): the field it was read from
   * ({@code com.acme.Registry.lock}), {@code com.acme.Registry.this}, {@code com.acme.Registry.class};
   * null when unknown.
   */
  static String lockName(AbstractInsnNode source, InstrumentedClass owner, MethodNode m) {
    if (source instanceof FieldInsnNode f) {
      ClassHierarchy.Field field = owner.resolveField(f.owner, f.name, f.desc);
      return (field == null ? f.owner : field.declaringClass()).replace('/', '.') + "." + f.name;
    }
    if (source instanceof VarInsnNode) {
      return owner.name().replace('/', '.') + ".this";
    }
    if (source instanceof LdcInsnNode ldc && ldc.cst instanceof Type t) {
      return t.getClassName() + ".class";
    }
    return null;
  }

  private Frame<SourceValue> frame(AbstractInsnNode insn) {
    int index = method.instructions.indexOf(insn);
    return index >= 0 && index < frames.length ? frames[index] : null;
  }
}
