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
   * The one {@code invokespecial <init>} not paired with an earlier {@code new}; null when the
   * code does not have that plain shape (none, or several on different paths, as Groovy makes),
   * and the constructor is then left alone.
   */
  static AbstractInsnNode find(MethodNode constructor) {
    int pending = 0;
    AbstractInsnNode found = null;
    for (AbstractInsnNode i : constructor.instructions) {
      if (i.getOpcode() == NEW) {
        pending++;
      } else if (i.getOpcode() == INVOKESPECIAL && ((MethodInsnNode) i).name.equals("<init>")) {
        if (pending > 0) {
          pending--;
        } else if (found == null) {
          found = i;
        } else {
          return null;
        }
      }
    }
    return found;
  }
}
