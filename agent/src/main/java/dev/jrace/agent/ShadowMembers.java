package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Adds to a class the shadow of each field jrace watches ({@link Shadows}): private, transient
 * and synthetic, and hidden from reflection by their names (HiddenMembers), so serialization and
 * reflection-based frameworks see the class as before. Shadows are made on first use (a static
 * field's by its accessor, an instance field's by Thunks.shadow): the class's static
 * initializer stays as it was. (A static initializer jrace added could fail where the class's
 * own could not: entered with no stack left, deep in a recursion, it would throw
 * StackOverflowError, and a class whose initialization failed is unusable for good.)
 */
final class ShadowMembers {
  private static final String SHADOW = "L" + Shadows.VAR_STATE + ";";
  private static final String LOOKUP = "Ljava/lang/invoke/MethodHandles$Lookup;";
  private ShadowMembers() {}

  /** Adds the shadows; false when the class has no field to watch. */
  static boolean add(ClassNode c) {
    if ((c.access & ACC_INTERFACE) != 0) {
      return false; // interface fields are all final
    }
    List<FieldNode> added = new ArrayList<>();
    for (FieldNode f : c.fields) {
      if (!Shadows.watched(Shadows.access(c, f))) {
        continue;
      }
      String shadow = Shadows.shadowField(f.name);
      if ((f.access & ACC_STATIC) != 0) {
        added.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC, shadow, SHADOW, null, null));
        c.methods.add(staticAccessor(c, f, shadow));
      } else {
        added.add(new FieldNode(ACC_PRIVATE | ACC_TRANSIENT | ACC_SYNTHETIC, shadow, SHADOW, null, null));
      }
    }
    if (added.isEmpty()) {
      return false;
    }
    c.fields.addAll(added);
    return true;
  }

  private static int accessorAccess(FieldNode f) {
    return (f.access & (ACC_PUBLIC | ACC_PROTECTED | ACC_PRIVATE)) | ACC_STATIC | ACC_SYNTHETIC;
  }

  /**
   * {@code static VarState $jrace$f() { VarState s = $jrace$f; return s != null ? s :
   * Thunks.installStatic(MethodHandles.lookup(), "$jrace$f"); }}
   */
  private static MethodNode staticAccessor(ClassNode c, FieldNode f, String shadow) {
    MethodNode m = new MethodNode(accessorAccess(f), Shadows.accessor(f.name),
        Shadows.STATIC_ACCESSOR, null, null);
    InsnList i = m.instructions;
    LabelNode install = new LabelNode();
    i.add(new FieldInsnNode(GETSTATIC, c.name, shadow, SHADOW));
    i.add(new InsnNode(DUP));
    i.add(new JumpInsnNode(IFNULL, install));
    i.add(new InsnNode(ARETURN));
    i.add(install);
    i.add(new FrameNode(F_NEW, 0, new Object[0], 1, new Object[] {Shadows.VAR_STATE}));
    i.add(new InsnNode(POP));
    i.add(new MethodInsnNode(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup", "()" + LOOKUP, false));
    i.add(new LdcInsnNode(shadow));
    i.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS, "installStatic", "(" + LOOKUP + "Ljava/lang/String;)" + SHADOW,
        false));
    i.add(new InsnNode(ARETURN));
    unwatchedOnFailure(m, install);
    return m;
  }

  /**
   * The accessor's slow path, from {@code from} to its end, under a handler that returns null
   * (the access goes unwatched, the next one tries again): making a lookup or a shadow can run
   * out of memory or stack, which is jrace's to swallow, not the program's to see.
   */
  private static void unwatchedOnFailure(MethodNode m, LabelNode from) {
    LabelNode end = new LabelNode();
    LabelNode handler = new LabelNode();
    m.instructions.add(end);
    m.instructions.add(handler);
    m.instructions.add(new FrameNode(F_NEW, 0, new Object[0], 1, new Object[] {"java/lang/Throwable"}));
    m.instructions.add(new InsnNode(POP));
    m.instructions.add(new InsnNode(ACONST_NULL));
    m.instructions.add(new InsnNode(ARETURN));
    m.tryCatchBlocks.add(new org.objectweb.asm.tree.TryCatchBlockNode(from, end, handler, null));
  }

  /**
   * Whether a loaded class carries jrace's members, so a retransformation must keep them:
   * whether it declares the shadow of its first watched field, as found in its class file
   * {@code original}. Asked of the VM, since reflection does not list them (HiddenMembers).
   */
  static boolean hasShadows(Class<?> loaded, byte[] original) {
    ClassNode c = new ClassNode();
    new org.objectweb.asm.ClassReader(original).accept(c,
        org.objectweb.asm.ClassReader.SKIP_CODE | org.objectweb.asm.ClassReader.SKIP_DEBUG);
    if ((c.access & ACC_INTERFACE) == 0) {
      for (FieldNode f : c.fields) {
        if (Shadows.watched(Shadows.access(c, f))) {
          return dev.jrace.thunks.HiddenMembers.declares(loaded, Shadows.shadowField(f.name));
        }
      }
    }
    return false;
  }

  static boolean alreadyInstrumented(ClassNode c) {
    for (FieldNode f : c.fields) {
      if (f.name.startsWith(Shadows.PREFIX)) {
        return true;
      }
    }
    return false;
  }

}
