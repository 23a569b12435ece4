package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.NEW;

import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Finds the call by which a constructor initializes {@code this}: super(...) or this(...). */
final class SuperCall {
  private SuperCall() {}

  /**
   * The first {@code invokespecial <init>} not paired with an earlier {@code new}; null when the
   * code does not have that plain shape, and the constructor is then left alone.
   */
  static AbstractInsnNode find(MethodNode constructor) {
    int pending = 0;
    for (AbstractInsnNode i : constructor.instructions) {
      if (i.getOpcode() == NEW) {
        pending++;
      } else if (i.getOpcode() == INVOKESPECIAL && ((MethodInsnNode) i).name.equals("<init>")) {
        if (pending == 0) {
          return i;
        }
        pending--;
      }
    }
    return null;
  }
}
