package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.commons.AnalyzerAdapter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The release thunk before a {@code monitorexit} must never throw: javac's handler that gives
 * a monitor back on an exception covers itself, so an exception from a call in it (a
 * StackOverflowError when the call finds no stack left, the case the handler usually runs for)
 * runs the handler again, at the same depth, failing again: the thread would spin for ever.
 * The thunk contains what happens inside it, but not a failure to enter it; so the call gets
 * a handler of its own, which drops the exception (the release is lost, the program goes on
 * as without jrace) and goes on to the {@code monitorexit}. That handler needs the stack map
 * frame there, computed from the method's own frames before it is rewritten; where it cannot
 * be (the lock is not alone on the stack, an object under construction is live), the call is
 * left unprotected, as before. Whatever else the handler does (noting that the release went
 * unrecorded), it does after giving the monitor back itself, then goes on after the
 * {@code monitorexit}: see {@link #release}.
 */
final class MonitorExits {
  private final MethodNode m;
  /** Frame locals (frame format: a long or double is one entry) before each monitorexit that can be protected. */
  private final Map<AbstractInsnNode, List<Object>> locals = new HashMap<>();
  /** The type of the lock on the stack at each of those (an internal name). */
  private final Map<AbstractInsnNode, Object> lockTypes = new HashMap<>();

  /** Computes the frames at the method's monitorexits; call before rewriting anything. */
  MonitorExits(String owner, MethodNode m) {
    this.m = m;
    boolean hasExit = false;
    for (AbstractInsnNode i : m.instructions) {
      hasExit |= i.getOpcode() == MONITOREXIT;
    }
    if (!hasExit) {
      return;
    }
    try {
      AnalyzerAdapter a = new AnalyzerAdapter(owner, m.access, m.name, m.desc, null);
      for (AbstractInsnNode i : m.instructions) {
        if (i.getOpcode() == MONITOREXIT && a.locals != null && a.stack != null) {
          List<Object> l = compact(a.locals);
          List<Object> s = compact(a.stack);
          if (l != null && s != null && s.size() == 1 && s.get(0) instanceof String) {
            locals.put(i, l);
            lockTypes.put(i, s.get(0));
          }
        }
        i.accept(a);
      }
    } catch (RuntimeException e) {
      locals.clear(); // frames jrace cannot follow: no protection, as before
      lockTypes.clear();
    }
  }

  /**
   * The release {@code call} (which takes the lock from the stack) for {@code monitorexit},
   * protected when its frame is known: {@code dup, astore temp, [call on aload temp], L: frame,
   * monitorexit}, with a handler appended to the method that pops the exception, pushes the
   * lock again and jumps to L; or, given {@code onFailure} (code that notes the release went
   * unrecorded), gives the monitor back itself, runs it and jumps to after the monitorexit.
   * {@code added}: the locals jrace adds before {@code temp} (the thread state...),
   * {@code firstAdded} their first slot.
   */
  InsnList release(AbstractInsnNode monitorexit, InsnList call, int firstAdded, List<Object> added, int temp,
      InsnList onFailure) {
    List<Object> before = locals.get(monitorexit);
    if (before == null) {
      InsnList out = new InsnList();
      out.add(new InsnNode(DUP));
      out.add(call);
      return out;
    }
    List<Object> frame = new ArrayList<>(before);
    pad(frame, firstAdded);
    frame.addAll(added);
    pad(frame, temp);
    Object lockType = lockTypes.get(monitorexit);
    frame.add(lockType); // what the handler pushes again must be what monitorexit had
    LabelNode start = new LabelNode();
    LabelNode exit = new LabelNode();
    LabelNode handler = new LabelNode();
    InsnList out = new InsnList();
    out.add(new InsnNode(DUP));
    out.add(new VarInsnNode(ASTORE, temp));
    out.add(start);
    out.add(new VarInsnNode(ALOAD, temp));
    out.add(call);
    out.add(exit);
    out.add(new FrameNode(F_NEW, frame.size(), frame.toArray(), 1, new Object[] {lockType}));
    m.instructions.add(handler);
    m.instructions.add(new FrameNode(F_NEW, frame.size(), frame.toArray(), 1, new Object[] {"java/lang/Throwable"}));
    m.instructions.add(new InsnNode(POP));
    m.instructions.add(new VarInsnNode(ALOAD, temp));
    if (onFailure == null) {
      m.instructions.add(new JumpInsnNode(GOTO, exit));
    } else {
      // The JIT compiles a method only if every instruction that can throw while monitors are
      // held has a handler expecting just those monitors (else it runs interpreted for ever). So
      // onFailure runs after the monitor is given back, covered by the handlers of the
      // instruction after the monitorexit, where the same monitors are held.
      LabelNode after = after(monitorexit, frame);
      LabelNode from = new LabelNode();
      LabelNode to = new LabelNode();
      m.instructions.add(new InsnNode(MONITOREXIT));
      m.instructions.add(from);
      m.instructions.add(onFailure);
      m.instructions.add(to);
      m.instructions.add(new JumpInsnNode(GOTO, after));
      m.tryCatchBlocks.addAll(0, handlersAt(after, from, to));
    }
    m.tryCatchBlocks.add(0, new TryCatchBlockNode(start, exit, handler, null)); // before javac's, which cover it
    return out;
  }

  /**
   * A label at the instruction after {@code monitorexit}, with a frame of {@code locals} and an
   * empty stack there unless the instruction has a frame already.
   */
  private LabelNode after(AbstractInsnNode monitorexit, List<Object> locals) {
    LabelNode label = new LabelNode();
    for (AbstractInsnNode n = monitorexit.getNext(); n != null && n.getOpcode() < 0; n = n.getNext()) {
      if (n instanceof FrameNode) {
        m.instructions.insertBefore(n, label);
        return label;
      }
    }
    m.instructions.insert(monitorexit, label);
    m.instructions.insert(label, new FrameNode(F_NEW, locals.size(), locals.toArray(), 0, new Object[0]));
    return label;
  }

  /** Copies, for {@code [from, to)}, of the try-catch blocks that cover {@code at}, in their order. */
  private List<TryCatchBlockNode> handlersAt(LabelNode at, LabelNode from, LabelNode to) {
    int here = instructionAt(at);
    List<TryCatchBlockNode> out = new ArrayList<>();
    for (TryCatchBlockNode b : m.tryCatchBlocks) {
      if (instructionAt(b.start) <= here && here < instructionAt(b.end)) {
        out.add(new TryCatchBlockNode(from, to, b.handler, b.type));
      }
    }
    return out;
  }

  /** The index of the first instruction at or after {@code label}: labels at one place compare equal. */
  private int instructionAt(LabelNode label) {
    AbstractInsnNode n = label;
    while (n != null && n.getOpcode() < 0) {
      n = n.getNext();
    }
    return n == null ? m.instructions.size() : m.instructions.indexOf(n);
  }

  /** Adds TOP entries until the frame's locals take {@code slots} slots. */
  private static void pad(List<Object> frame, int slots) {
    int used = 0;
    for (Object o : frame) {
      used += o == LONG || o == DOUBLE ? 2 : 1;
    }
    for (; used < slots; used++) {
      frame.add(TOP);
    }
  }

  /**
   * AnalyzerAdapter's slots as frame entries (a long or double is one entry, not two); null when
   * an object under construction is among them (its type is a label of the method's own).
   */
  private static List<Object> compact(List<Object> slots) {
    List<Object> out = new ArrayList<>();
    for (int k = 0; k < slots.size(); k++) {
      Object o = slots.get(k);
      if (o instanceof org.objectweb.asm.Label || o == UNINITIALIZED_THIS) {
        return null;
      }
      out.add(o);
      if (o == LONG || o == DOUBLE) {
        k++;
      }
    }
    return out;
  }
}
