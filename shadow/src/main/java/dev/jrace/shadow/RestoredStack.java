package dev.jrace.shadow;

/**
 * Turns frames of a shadow stack (restored from a thread's history, or kept by a task's
 * submission) into stack trace elements, top first. Only instrumented methods have frames; an
 * access in a method that calls nothing (which keeps no frame) gets its caller's line from the
 * last call the thread made ({@code at}).
 */
final class RestoredStack {
  private RestoredStack() {}

  /**
   * The stack of an access at {@code access}, on top of {@code frames} (bottom first, see
   * History) down to the task they run in (see TaskMarks); {@code at} the site of the last call
   * its thread made before it.
   */
  static StackTraceElement[] of(SiteTable sites, Site access, long[] frames, int at) {
    int base = TaskMarks.base(frames, frames.length);
    int top = frames.length - 1;
    boolean inTopFrame = top >= base && sameMethod(sites.get(History.method(frames[top])), access);
    StackTraceElement[] below = calls(sites, frames, base, inTopFrame ? top : frames.length, at);
    StackTraceElement[] out = new StackTraceElement[1 + below.length];
    out[0] = element(access, access.line());
    System.arraycopy(below, 0, out, 1, below.length);
    return out;
  }

  /**
   * The frames {@code frames[from, to)}, top first, each at the line of the call it made: that
   * of the frame above it, or {@code at} for the top frame of the whole stack.
   */
  static StackTraceElement[] calls(SiteTable sites, long[] frames, int from, int to, int at) {
    StackTraceElement[] out = new StackTraceElement[Math.max(0, to - from)];
    int k = 0;
    for (int i = to - 1; i >= from; i--) {
      int line = sites.get(i + 1 < frames.length ? History.callerSite(frames[i + 1]) : at).line();
      out[k++] = element(sites.get(History.method(frames[i])), line);
    }
    return out;
  }

  /** Where the task the stack {@code frames} runs in was submitted, or null when not known. */
  static TaskOrigin task(SiteTable sites, long[] frames, TaskLog log) {
    int mark = TaskMarks.top(frames, frames.length);
    Submission s = mark < 0 || log == null ? null : log.get(TaskMarks.number(frames[mark]));
    return s == null ? null : s.origin(sites);
  }

  private static boolean sameMethod(Site method, Site access) {
    return method.className().equals(access.className()) && method.methodName().equals(access.methodName());
  }

  private static StackTraceElement element(Site s, int line) {
    return new StackTraceElement(s.className(), s.methodName(), s.fileName(), line > 0 ? line : -1);
  }
}
