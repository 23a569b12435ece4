package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.DUP;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes JUnit Jupiter register jrace's extension in every run, with no configuration: the
 * registry of default extensions, as {@code createRegistryWithDefaultExtensions} returns it
 * (the same method from JUnit 5.0 to 6.x), is handed to {@code JupiterHook.registryMade}
 * first. Done whether or not the include/exclude options instrument JUnit's own classes.
 */
final class JupiterRegistry {
  static final String CLASS = "org/junit/jupiter/engine/extension/MutableExtensionRegistry";
  private static final String METHOD = "createRegistryWithDefaultExtensions";

  private JupiterRegistry() {}

  /** {@code classFile} (the registry class, instrumented or not) with the hook; null if it has no such method. */
  static byte[] hook(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    ClassNode node = new ClassNode();
    reader.accept(node, 0);
    boolean hooked = false;
    for (MethodNode m : node.methods) {
      if (!m.name.equals(METHOD) || !m.desc.endsWith(")L" + CLASS + ";")) {
        continue;
      }
      for (AbstractInsnNode i : m.instructions.toArray()) {
        if (i.getOpcode() == ARETURN) {
          InsnList call = new InsnList();
          call.add(new InsnNode(DUP));
          call.add(new MethodInsnNode(INVOKESTATIC, "dev/jrace/thunks/JupiterHook", "registryMade",
              "(Ljava/lang/Object;)V", false));
          m.instructions.insertBefore(i, call);
          hooked = true;
        }
      }
    }
    if (!hooked) {
      return null;
    }
    ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
    node.accept(writer);
    return writer.toByteArray();
  }
}
