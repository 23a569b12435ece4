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
  static final String SYNC_CLOCK = "dev/jrace/shadow/SyncClock";
  static final String THREAD_STATE = "dev/jrace/shadow/ThreadState";
  static final String THUNKS = "dev/jrace/thunks/Thunks";

  private Shadows() {}

  /** Whether jrace watches a field with these access flags: neither final nor synthetic. */
  static boolean watched(int access) {
    return (access & (Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC)) == 0;
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

  /** Internal name of the shadow type: a sync clock for volatile fields, else a variable state. */
  static String shadowType(int fieldAccess) {
    return (fieldAccess & Opcodes.ACC_VOLATILE) != 0 ? SYNC_CLOCK : VAR_STATE;
  }

  static String accessorDescriptor(String declaringClass, int fieldAccess) {
    String params = (fieldAccess & Opcodes.ACC_STATIC) != 0 ? "()" : "(L" + declaringClass + ";)";
    return params + "L" + shadowType(fieldAccess) + ";";
  }
}
