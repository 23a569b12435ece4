package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.DLOAD;
import static org.objectweb.asm.Opcodes.DOUBLE;
import static org.objectweb.asm.Opcodes.DSTORE;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.F_NEW;
import static org.objectweb.asm.Opcodes.INTEGER;
import static org.objectweb.asm.Opcodes.ICONST_M1;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.IRETURN;
import static org.objectweb.asm.Opcodes.ISTORE;
import static org.objectweb.asm.Opcodes.LLOAD;
import static org.objectweb.asm.Opcodes.LONG;
import static org.objectweb.asm.Opcodes.LSTORE;
import static org.objectweb.asm.Opcodes.TOP;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.RETURN;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Where each pool task came from, so a report on what a task did says who submitted it and
 * from where: the JDK's executors record a task as it is handed over (the submitting thread's
 * stack then), and mark the stack of the pool thread while it runs it. The points, in the
 * JDK's own code (the same from 17 to 25 unless noted): ThreadPoolExecutor.execute and the
 * FutureTask constructors submit; ForkJoinTask.fork and ForkJoinPool's external submission
 * (externalPush up to JDK 18, poolSubmit from 19) submit; ThreadPoolExecutor.runWorker
 * (between beforeExecute and the count of completed tasks, which its finally block keeps),
 * FutureTask.run/runAndReset and ForkJoinTask.doExec run.
 */
final class PoolTasks {
  private static final String TPE = "java/util/concurrent/ThreadPoolExecutor";
  private static final String FUTURE_TASK = "java/util/concurrent/FutureTask";
  private static final String FJ_TASK = "java/util/concurrent/ForkJoinTask";
  private static final String FJ_POOL = "java/util/concurrent/ForkJoinPool";
  private static final String SUBMITTED = "taskSubmitted";

  private PoolTasks() {}

  static void apply(String owner, MethodNode m) {
    switch (owner + "." + m.name + m.desc) {
      case TPE + ".execute(Ljava/lang/Runnable;)V" -> atEntry(m, submit(1));
      case FUTURE_TASK + ".<init>(Ljava/util/concurrent/Callable;)V",
          FUTURE_TASK + ".<init>(Ljava/lang/Runnable;Ljava/lang/Object;)V" -> beforeReturns(m, submit(0));
      case FJ_TASK + ".fork()Ljava/util/concurrent/ForkJoinTask;" -> atEntry(m, submit(0));
      case FJ_POOL + ".externalPush(Ljava/util/concurrent/ForkJoinTask;)V" -> atEntry(m, submit(1));
      case FJ_POOL + ".poolSubmit(ZLjava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;" ->
          atEntry(m, submit(2));
      case FUTURE_TASK + ".run()V", FUTURE_TASK + ".runAndReset()Z", FJ_TASK + ".doExec()I", FJ_TASK + ".doExec()V" ->
          runs(m);
      case TPE + ".runWorker(Ljava/util/concurrent/ThreadPoolExecutor$Worker;)V" -> runWorker(m);
      default -> { }
    }
  }

  private static InsnList submit(int local) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ALOAD, local));
    l.add(thunk(SUBMITTED, "(Ljava/lang/Object;)V"));
    return l;
  }

  /** The whole method runs the task {@code this}. */
  private static void runs(MethodNode m) {
    int begun = newIntLocal(m);
    InsnList entry = new InsnList();
    entry.add(new VarInsnNode(ALOAD, 0));
    entry.add(thunk("taskBegins", "(Ljava/lang/Object;)I"));
    entry.add(new VarInsnNode(ISTORE, begun));
    beforeReturns(m, ends(begun));
    atEntry(m, entry);
  }

  /** From beforeExecute(thread, task) to the count of completed tasks, the worker runs task. */
  private static void runWorker(MethodNode m) {
    int begun = newIntLocal(m);
    for (AbstractInsnNode i : m.instructions.toArray()) {
      if (i.getOpcode() == INVOKEVIRTUAL && ((MethodInsnNode) i).name.equals("beforeExecute")) {
        InsnList begin = new InsnList();
        begin.add(new InsnNode(DUP));
        begin.add(thunk("taskBegins", "(Ljava/lang/Object;)I"));
        begin.add(new VarInsnNode(ISTORE, begun));
        m.instructions.insertBefore(i, begin);
      } else if (i.getOpcode() == PUTFIELD && ((FieldInsnNode) i).name.equals("completedTasks")) {
        m.instructions.insertBefore(i, ends(begun));
      }
    }
    InsnList none = new InsnList(); // a local read in handlers must hold an int on every path
    none.add(new InsnNode(ICONST_M1));
    none.add(new VarInsnNode(ISTORE, begun));
    atEntry(m, none);
  }

  /**
   * A new int local, past every slot the method (and jrace's own rewriting) uses, and set from
   * the method's entry on: every frame of the method declares it.
   */
  private static int newIntLocal(MethodNode m) {
    int slot = m.maxLocals;
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof VarInsnNode v) {
        int op = v.getOpcode();
        boolean wide = op == LLOAD || op == DLOAD || op == LSTORE || op == DSTORE;
        slot = Math.max(slot, v.var + (wide ? 2 : 1));
      }
    }
    for (AbstractInsnNode i : m.instructions) {
      if (i instanceof FrameNode f && f.type == F_NEW) {
        List<Object> locals = f.local == null ? new ArrayList<>() : new ArrayList<>(f.local);
        int slots = 0;
        for (Object l : locals) {
          slots += l == LONG || l == DOUBLE ? 2 : 1;
        }
        while (slots++ < slot) {
          locals.add(TOP);
        }
        locals.add(INTEGER);
        f.local = locals;
      }
    }
    m.maxLocals = slot + 1;
    return slot;
  }

  private static InsnList ends(int begun) {
    InsnList l = new InsnList();
    l.add(new VarInsnNode(ILOAD, begun));
    l.add(thunk("taskEnds", "(I)V"));
    l.add(new InsnNode(ICONST_M1));
    l.add(new VarInsnNode(ISTORE, begun));
    return l;
  }

  private static void atEntry(MethodNode m, InsnList code) {
    m.instructions.insert(code);
  }

  private static void beforeReturns(MethodNode m, InsnList code) {
    for (AbstractInsnNode i : m.instructions.toArray()) {
      int op = i.getOpcode();
      if (op == RETURN || op == IRETURN) {
        InsnList copy = new InsnList();
        for (AbstractInsnNode c = code.getFirst(); c != null; c = c.getNext()) {
          copy.add(c.clone(null));
        }
        m.instructions.insertBefore(i, copy);
      }
    }
  }

  private static MethodInsnNode thunk(String name, String desc) {
    return new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, name, desc, false);
  }
}
