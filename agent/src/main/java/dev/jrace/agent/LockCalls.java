package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import java.util.Set;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/** A program's calls that take or let go of a java.util.concurrent Lock, for the locks-held line of reports. */
final class LockCalls {
  private static final Set<String> OWNERS = Set.of("java/util/concurrent/locks/Lock",
      "java/util/concurrent/locks/ReentrantLock", "java/util/concurrent/locks/ReentrantReadWriteLock$ReadLock",
      "java/util/concurrent/locks/ReentrantReadWriteLock$WriteLock");
  private static final Set<String> CALLS = Set.of("lock()V", "lockInterruptibly()V", "tryLock()Z",
      "tryLock(JLjava/util/concurrent/TimeUnit;)Z", "unlock()V");

  private LockCalls() {}

  static boolean applies(AbstractInsnNode i) {
    return i instanceof MethodInsnNode call
        && (call.getOpcode() == INVOKEINTERFACE || call.getOpcode() == INVOKEVIRTUAL)
        && OWNERS.contains(call.owner) && CALLS.contains(call.name + call.desc);
  }
}
