package dev.jrace.agent;

import org.objectweb.asm.Opcodes;

/**
 * The names and types of what jrace adds to an instrumented class for each field it watches:
 * a shadow field, a static accessor that instrumented code anywhere calls to get the shadow, and
 * for instance fields a {@code VarHandle} to install the shadow on first use.
 */
final class Shadows {
  static final String PREFIX = "$jrace$";
  static final String VAR_STATE = "dev/jrace/shadow/VarState";
  static final String THREAD_STATE = "dev/jrace/shadow/ThreadState";
  static final String THUNKS = "dev/jrace/thunks/Thunks";

  private Shadows() {}

  /**
   * Whether a field with these access flags gets a shadow: neither final (it cannot race) nor
   * volatile (it synchronizes; see SyncRules) nor synthetic.
   */
  static boolean watched(int access) {
    return (access & (Opcodes.ACC_FINAL | Opcodes.ACC_VOLATILE | Opcodes.ACC_SYNTHETIC)) == 0;
  }

  static String shadowField(String field) {
    return PREFIX + field;
  }

  static String handleField(String field) {
    return PREFIX + "h$" + field;
  }

  static String accessor(String field) {
    return PREFIX + field;
  }

  static String accessorDescriptor(String declaringClass, int fieldAccess) {
    String params = (fieldAccess & Opcodes.ACC_STATIC) != 0 ? "()" : "(L" + declaringClass + ";)";
    return params + "L" + VAR_STATE + ";";
  }
}
