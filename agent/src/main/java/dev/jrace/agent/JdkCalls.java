package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.INVOKEINTERFACE;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;

import dev.jrace.shadow.JdkObjects;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The calls in program code that may touch a JDK object jrace watches as a whole (see
 * {@link JdkObjects}): instance calls on a receiver whose static type a watched class has, and
 * {@code Collections.sort(list)}, which is {@code list.sort}. Whether the object is watched is
 * known only at run time, from its class.
 */
final class JdkCalls {
  private JdkCalls() {}

  static boolean applies(AbstractInsnNode i) {
    if (!(i instanceof MethodInsnNode call)) {
      return false;
    }
    int op = call.getOpcode();
    return (op == INVOKEVIRTUAL || op == INVOKEINTERFACE) && JdkObjects.mayAccess(call.owner, call.name)
        || op == INVOKESTATIC && isCollectionsSort(call);
  }

  /** True when the object is the first argument rather than the receiver. */
  static boolean onArgument(MethodInsnNode call) {
    return call.getOpcode() == INVOKESTATIC;
  }

  static boolean writes(MethodInsnNode call) {
    return JdkObjects.writes(call.name);
  }

  private static boolean isCollectionsSort(MethodInsnNode call) {
    return call.owner.equals("java/util/Collections") && call.name.equals("sort");
  }
}
