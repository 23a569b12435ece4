package dev.jrace.shadow;

/**
 * Turns a stack restored from a thread's history into stack trace elements, the access on top.
 * Only instrumented methods have frames; an access in a method that calls nothing (which keeps
 * no frame) gets its caller's line from the last call the thread made ({@code at}).
 */
final class RestoredStack {
  private RestoredStack() {}

  /**
   * {@code frames} bottom first (see History); {@code access} the site of the access; {@code at}
   * the site of the last call its thread made before it.
   */
  static StackTraceElement[] of(SiteTable sites, Site access, long[] frames, int at) {
    int top = frames.length - 1;
    boolean inTopFrame = top >= 0 && sameMethod(sites.get(History.method(frames[top])), access);
    StackTraceElement[] out = new StackTraceElement[1 + (inTopFrame ? top : top + 1)];
    out[0] = element(access, access.line());
    int k = 1;
    for (int i = inTopFrame ? top - 1 : top; i >= 0; i--) {
      int line = sites.get(i == top ? at : History.callerSite(frames[i + 1])).line();
      out[k++] = element(sites.get(History.method(frames[i])), line);
    }
    return out;
  }

  private static boolean sameMethod(Site method, Site access) {
    return method.className().equals(access.className()) && method.methodName().equals(access.methodName());
  }

  private static StackTraceElement element(Site s, int line) {
    return new StackTraceElement(s.className(), s.methodName(), s.fileName(), line > 0 ? line : -1);
  }
}
