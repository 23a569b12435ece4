package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ACC_ENUM;
import static org.objectweb.asm.Opcodes.ACC_INTERFACE;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.SerialVersionUIDAdder;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * The members jrace adds can change a serializable class's default serialVersionUID, and with it
 * the class's compatibility with streams written without the agent: its fields and accessors,
 * when reflection lists them. So such a class gets the id it had, computed from the original
 * class file, written down as an explicit field. When reflection hides jrace's members
 * (HiddenMembers) the id is computed as it was (jrace adds no static initializer either, whose
 * presence serialization asks the VM about), and the class is left without the field, so its
 * declared fields stay as they were.
 */
final class SerialVersion {
  private static final String FIELD = "serialVersionUID";

  private SerialVersion() {}

  static void keep(ClassReader original, ClassNode instrumented, ClassHierarchy hierarchy, ClassLoader loader) {
    if ((instrumented.access & (ACC_INTERFACE | ACC_ENUM)) != 0
        || "java/lang/Record".equals(instrumented.superName)
        || !mayBeSerializable(instrumented.name, hierarchy, loader, 0)) {
      return;
    }
    for (FieldNode f : instrumented.fields) {
      if (f.name.equals(FIELD)) {
        return;
      }
    }
    if (dev.jrace.thunks.HiddenMembers.installed()) {
      return;
    }
    ClassNode withId = new ClassNode();
    original.accept(new SerialVersionUIDAdder(Opcodes.ASM9, withId) {}, ClassReader.SKIP_CODE);
    for (FieldNode f : withId.fields) {
      if (f.name.equals(FIELD)) {
        f.access |= Opcodes.ACC_SYNTHETIC; // serialization finds it; field-scanning frameworks skip it
        instrumented.fields.add(f);
      }
    }
  }

  /** True when the type implements Serializable, or when its hierarchy cannot be read. */
  private static boolean mayBeSerializable(String type, ClassHierarchy hierarchy, ClassLoader loader, int depth) {
    if (type == null || type.equals("java/lang/Object")) {
      return false;
    }
    if (type.equals("java/io/Serializable") || depth > 64) {
      return true;
    }
    ClassHierarchy.ClassInfo info = hierarchy.info(loader, type);
    if (info == null) {
      return true;
    }
    for (String i : info.interfaces()) {
      if (mayBeSerializable(i, hierarchy, loader, depth + 1)) {
        return true;
      }
    }
    return mayBeSerializable(info.superName(), hierarchy, loader, depth + 1);
  }
}
