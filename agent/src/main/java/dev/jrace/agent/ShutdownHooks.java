package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The start of the application's shutdown hooks ({@code ApplicationShutdownHooks.runHooks}, the
 * same from JDK 17 to 25): told to {@code SyncThunks.shutdownHooksStarting} first, which gives
 * the hooks what the JVM waited for before it ran them at the end of main.
 */
final class ShutdownHooks {
  private ShutdownHooks() {}

  static void apply(String owner, MethodNode m) {
    if (owner.equals("java/lang/ApplicationShutdownHooks") && m.name.equals("runHooks") && m.desc.equals("()V")) {
      m.instructions.insert(new MethodInsnNode(INVOKESTATIC, SyncRules.SYNC_THUNKS, "shutdownHooksStarting", "()V", false));
    }
  }
}
