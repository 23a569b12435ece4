package dev.jrace.shadow;

/**
 * A task a pool thread runs shows in its shadow stack as a mark frame below the task's frames:
 * method {@link #METHOD} (no site has it), and in place of the caller site the number under
 * which the thread's {@link TaskLog} keeps the task's submission. Restored stacks stop at the
 * mark; the submission says where the task came from.
 */
final class TaskMarks {
  static final int METHOD = -1;

  private TaskMarks() {}

  static long mark(int number) {
    return ((long) number << 32) | (METHOD & 0xFFFFFFFFL);
  }

  static boolean isMark(long frame) {
    return History.method(frame) == METHOD;
  }

  static int number(long frame) {
    return History.callerSite(frame);
  }

  /** The index of the top mark in {@code frames[0, depth)}, or -1. */
  static int top(long[] frames, int depth) {
    for (int i = depth - 1; i >= 0; i--) {
      if (isMark(frames[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Where the frames of the innermost task begin: just above the top mark, else 0. */
  static int base(long[] frames, int depth) {
    return top(frames, depth) + 1;
  }
}
