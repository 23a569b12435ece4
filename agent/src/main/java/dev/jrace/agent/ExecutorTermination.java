package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.IRETURN;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Termination of the thread-per-task executor ({@code Executors.newVirtualThreadPerTaskExecutor},
 * JDK 21 on): every task's end happens before {@code awaitTermination}, {@code close} or
 * {@code isTerminated} sees the executor terminated. The JDK makes that edge through the size
 * counter of a ConcurrentHashMap, which jrace leaves out, so it is given here directly.
 */
final class ExecutorTermination {
  private static final String EXECUTOR = "java/util/concurrent/ThreadPerTaskExecutor";

  private ExecutorTermination() {}

  static void apply(String owner, MethodNode m) {
    if (!owner.equals(EXECUTOR)) {
      return;
    }
    switch (m.name + m.desc) {
      case "taskComplete(Ljava/lang/Thread;)V" -> {
        InsnList entry = new InsnList();
        entry.add(new VarInsnNode(ALOAD, 0));
        entry.add(new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "taskEnded", "(Ljava/lang/Object;)V", false));
        m.instructions.insert(entry);
      }
      case "awaitTermination(JLjava/util/concurrent/TimeUnit;)Z", "isTerminated()Z" -> {
        for (AbstractInsnNode i : m.instructions.toArray()) {
          if (i.getOpcode() == IRETURN) {
            InsnList seen = new InsnList();
            seen.add(new VarInsnNode(ALOAD, 0));
            seen.add(new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "terminationSeen",
                "(ZLjava/lang/Object;)Z", false));
            m.instructions.insertBefore(i, seen);
          }
        }
      }
      default -> { }
    }
  }
}
