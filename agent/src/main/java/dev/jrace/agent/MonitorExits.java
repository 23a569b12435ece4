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
 * left unprotected, as before.
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
   * lock again and jumps to L. {@code added}: the locals jrace adds before {@code temp} (the
   * thread state...), {@code firstAdded} their first slot; {@code onFailure}: what the handler
   * does first (notes that the monitor's hold went unreleased), or null.
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
    if (onFailure != null) {
      m.instructions.add(onFailure);
    }
    m.instructions.add(new VarInsnNode(ALOAD, temp));
    m.instructions.add(new JumpInsnNode(GOTO, exit));
    m.tryCatchBlocks.add(0, new TryCatchBlockNode(start, exit, handler, null)); // before javac's, which cover it
    return out;
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
