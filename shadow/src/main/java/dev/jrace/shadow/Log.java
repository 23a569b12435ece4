package dev.jrace.shadow;

/** jrace's own messages (not race reports): one line each, prefixed {@code jrace: }. */
public final class Log {
  private static volatile boolean verbose;
  private static volatile boolean internalErrorSeen;

  private Log() {}

  public static void setVerbose(boolean on) {
    verbose = on;
  }

  public static boolean verbose() {
    return verbose;
  }

  public static void info(String message) {
    if (verbose) {
      System.err.println("jrace: " + message);
    }
  }

  public static void warn(String message) {
    System.err.println("jrace: warning: " + message);
  }

  /**
   * An exception inside jrace's runtime: never passed to the application. The first is always
   * told (a silent detector is worse than a noisy one); the rest only under verbose.
   */
  public static void internalError(Throwable e) {
    if (!internalErrorSeen || verbose) {
      internalErrorSeen = true;
      System.err.println("jrace: internal error (detection may be incomplete): " + e);
      if (verbose) {
        e.printStackTrace();
      }
    }
  }
}
