package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.ILOAD;
import static org.objectweb.asm.Opcodes.ISTORE;

import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * A call's arguments stored from the operand stack into scratch locals, so that thunks can be
 * given some of them and the call then gets them all back. Only for straight-line code: the
 * scratch locals appear in no stack map frame.
 */
final class ParkedArguments {
  private final Type[] types;
  private final int[] slots;
  private final int receiverSlot;

  /** The arguments of {@code descriptor}, parked from local {@code firstSlot} on. */
  ParkedArguments(String descriptor, int firstSlot) {
    types = Type.getArgumentTypes(descriptor);
    slots = new int[types.length];
    int slot = firstSlot;
    for (int a = 0; a < types.length; a++) {
      slots[a] = slot;
      slot += types[a].getSize();
    }
    receiverSlot = slot;
  }

  Type type(int argument) {
    return types[argument];
  }

  int count() {
    return types.length;
  }

  /** Pops the arguments (and with {@code receiver}, the object called) into their locals. */
  InsnList store(boolean receiver) {
    InsnList l = new InsnList();
    for (int a = types.length - 1; a >= 0; a--) {
      l.add(new VarInsnNode(types[a].getOpcode(ISTORE), slots[a]));
    }
    if (receiver) {
      l.add(new VarInsnNode(ASTORE, receiverSlot));
    }
    return l;
  }

  /** Pushes them back, ready for the call. */
  InsnList reload(boolean receiver) {
    InsnList l = new InsnList();
    if (receiver) {
      l.add(new VarInsnNode(ALOAD, receiverSlot));
    }
    for (int a = 0; a < types.length; a++) {
      l.add(load(a));
    }
    return l;
  }

  /** Pushes one argument. */
  VarInsnNode load(int argument) {
    return new VarInsnNode(types[argument].getOpcode(ILOAD), slots[argument]);
  }

  /** Pushes the object called (parked with {@code store(true)}). */
  VarInsnNode loadReceiver() {
    return new VarInsnNode(ALOAD, receiverSlot);
  }
}
