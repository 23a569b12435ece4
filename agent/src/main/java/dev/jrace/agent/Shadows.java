package dev.jrace.agent;

import org.objectweb.asm.Opcodes;

/**
 * The names and types of what jrace adds to an instrumented class for each field it watches:
 * a shadow field, and for a static field a static accessor that instrumented code anywhere
 * calls to get the shadow (an instance field's shadow is reached through Thunks.shadow).
 */
final class Shadows {
  static final String PREFIX = "$jrace$";
  static final String VAR_STATE = "dev/jrace/shadow/VarState";
  static final String THREAD_STATE = "dev/jrace/shadow/ThreadState";
  static final String THUNKS = "dev/jrace/thunks/Thunks";

  private Shadows() {}

  /** {@code @RaceIgnore}, as its class files name it. */
  static final String RACE_IGNORE = "Ldev/jrace/annotations/RaceIgnore;";
  /**
   * An access flag of jrace's own, beyond the JVM's: the field, or its class, carries
   * {@code @RaceIgnore}, so it is not watched, nor what is read from it.
   */
  static final int IGNORED = 1 << 30;

  /**
   * Whether a field with these access flags gets a shadow: neither final (it cannot race) nor
   * volatile (it synchronizes; see SyncRules) nor synthetic nor ignored.
   */
  static boolean watched(int access) {
    return (access & (Opcodes.ACC_FINAL | Opcodes.ACC_VOLATILE | Opcodes.ACC_SYNTHETIC | IGNORED)) == 0;
  }

  /** A field's access flags, with {@link #IGNORED} if it or its class carries {@code @RaceIgnore}. */
  static int access(org.objectweb.asm.tree.ClassNode c, org.objectweb.asm.tree.FieldNode f) {
    return ignores(c.invisibleAnnotations) || ignores(f.invisibleAnnotations) ? f.access | IGNORED : f.access;
  }

  private static boolean ignores(java.util.List<org.objectweb.asm.tree.AnnotationNode> annotations) {
    if (annotations != null) {
      for (org.objectweb.asm.tree.AnnotationNode a : annotations) {
        if (a.desc.equals(RACE_IGNORE)) {
          return true;
        }
      }
    }
    return false;
  }

  static String shadowField(String field) {
    return PREFIX + field;
  }

  static String accessor(String field) {
    return PREFIX + field;
  }

  /** The descriptor of a static field's accessor. */
  static final String STATIC_ACCESSOR = "()L" + VAR_STATE + ";";
}
