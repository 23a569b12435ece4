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
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Adds to a class the shadow of each field jrace watches ({@link Shadows}): private, transient
 * and synthetic, and hidden from reflection by their names (HiddenMembers), so serialization and
 * reflection-based frameworks see the class as before. Instance shadows are made on first use;
 * static ones in the static initializer.
 */
final class ShadowMembers {
  private static final String SHADOW = "L" + Shadows.VAR_STATE + ";";
  private ShadowMembers() {}

  /** Adds the shadows; false when the class has no field to watch. */
  static boolean add(ClassNode c) {
    if ((c.access & ACC_INTERFACE) != 0) {
      return false; // interface fields are all final
    }
    InsnList init = new InsnList();
    List<FieldNode> added = new ArrayList<>();
    for (FieldNode f : c.fields) {
      if (!Shadows.watched(Shadows.access(c, f))) {
        continue;
      }
      boolean isStatic = (f.access & ACC_STATIC) != 0;
      String shadow = Shadows.shadowField(f.name);
      if (isStatic) {
        added.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC, shadow,
            SHADOW, null, null));
        init.add(new TypeInsnNode(NEW, Shadows.VAR_STATE));
        init.add(new InsnNode(DUP));
        init.add(new MethodInsnNode(INVOKESPECIAL, Shadows.VAR_STATE, "<init>", "()V", false));
        init.add(new FieldInsnNode(PUTSTATIC, c.name, shadow, SHADOW));
        c.methods.add(staticAccessor(c, f, shadow));
      } else {
        String handle = Shadows.handleField(f.name);
        added.add(new FieldNode(ACC_PRIVATE | ACC_TRANSIENT | ACC_SYNTHETIC, shadow,
            SHADOW, null, null));
        added.add(new FieldNode(ACC_PRIVATE | ACC_STATIC | ACC_FINAL | ACC_SYNTHETIC, handle,
            "Ljava/lang/invoke/VarHandle;", null, null));
        init.add(new MethodInsnNode(INVOKESTATIC, "java/lang/invoke/MethodHandles", "lookup",
            "()Ljava/lang/invoke/MethodHandles$Lookup;", false));
        init.add(new LdcInsnNode(shadow));
        init.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS,
            "shadowHandle",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;)Ljava/lang/invoke/VarHandle;",
            false));
        init.add(new FieldInsnNode(PUTSTATIC, c.name, handle, "Ljava/lang/invoke/VarHandle;"));
        c.methods.add(instanceAccessor(c, f, shadow, handle));
      }
    }
    if (added.isEmpty()) {
      return false;
    }
    c.fields.addAll(added);
    prependToStaticInitializer(c, init);
    return true;
  }

  private static int accessorAccess(FieldNode f) {
    return (f.access & (ACC_PUBLIC | ACC_PROTECTED | ACC_PRIVATE)) | ACC_STATIC | ACC_SYNTHETIC;
  }

  /** {@code static VarState $jrace$f() { return $jrace$f; }} */
  private static MethodNode staticAccessor(ClassNode c, FieldNode f, String shadow) {
    MethodNode m = new MethodNode(accessorAccess(f), Shadows.accessor(f.name),
        Shadows.accessorDescriptor(c.name, f.access), null, null);
    m.instructions.add(new FieldInsnNode(GETSTATIC, c.name, shadow, SHADOW));
    m.instructions.add(new InsnNode(ARETURN));
    return m;
  }

  /**
   * {@code static VarState $jrace$f(C o) { if (o == null) return null; VarState s = o.$jrace$f;
   * return s != null ? s : Thunks.install(HANDLE, o); }}: tiny, so the JIT inlines it.
   */
  private static MethodNode instanceAccessor(ClassNode c, FieldNode f, String shadow, String handle) {
    MethodNode m = new MethodNode(accessorAccess(f), Shadows.accessor(f.name),
        Shadows.accessorDescriptor(c.name, f.access), null, null);
    InsnList i = m.instructions;
    LabelNode notNull = new LabelNode();
    LabelNode install = new LabelNode();
    Object[] locals = {c.name};
    i.add(new VarInsnNode(ALOAD, 0));
    i.add(new JumpInsnNode(IFNONNULL, notNull));
    i.add(new InsnNode(ACONST_NULL));
    i.add(new InsnNode(ARETURN));
    i.add(notNull);
    i.add(new FrameNode(F_NEW, 1, locals, 0, new Object[0]));
    i.add(new VarInsnNode(ALOAD, 0));
    i.add(new FieldInsnNode(GETFIELD, c.name, shadow, SHADOW));
    i.add(new InsnNode(DUP));
    i.add(new JumpInsnNode(IFNULL, install));
    i.add(new InsnNode(ARETURN));
    i.add(install);
    i.add(new FrameNode(F_NEW, 1, locals, 1, new Object[] {Shadows.VAR_STATE}));
    i.add(new InsnNode(POP));
    i.add(new FieldInsnNode(GETSTATIC, c.name, handle, "Ljava/lang/invoke/VarHandle;"));
    i.add(new VarInsnNode(ALOAD, 0));
    i.add(new MethodInsnNode(INVOKESTATIC, Shadows.THUNKS,
        "install",
        "(Ljava/lang/invoke/VarHandle;Ljava/lang/Object;)" + SHADOW, false));
    i.add(new InsnNode(ARETURN));
    return m;
  }

  private static void prependToStaticInitializer(ClassNode c, InsnList init) {
    for (MethodNode m : c.methods) {
      if (m.name.equals("<clinit>")) {
        m.instructions.insert(init);
        return;
      }
    }
    MethodNode clinit = new MethodNode(ACC_STATIC, "<clinit>", "()V", null, null);
    clinit.instructions.add(init);
    clinit.instructions.add(new InsnNode(RETURN));
    c.methods.add(clinit);
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
