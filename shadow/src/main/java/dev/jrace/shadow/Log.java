package dev.jrace.shadow;

/** jrace's own messages (not race reports): one line each, prefixed {@code jrace: }. */
public final class Log {
  private static volatile boolean verbose;
  private static volatile boolean internalErrorSeen;
  /** StackOverflowErrors and OutOfMemoryErrors the runtime met in its own work and swallowed. */
  private static volatile int exhausted;

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
   * told (a silent detector is worse than a noisy one); the rest only under verbose. A
   * StackOverflowError or OutOfMemoryError is the program's (it ran out of stack or heap while
   * jrace worked for it): it is only counted, since telling it would need the stack or heap
   * there is none of, and said at exit ({@link #exhausted}). Never throws.
   */
  public static void internalError(Throwable e) {
    try {
      if (e instanceof StackOverflowError || e instanceof OutOfMemoryError) {
        exhausted++; // a lost count under contention is no matter
        return;
      }
      if (!internalErrorSeen || verbose) {
        internalErrorSeen = true;
        System.err.println("jrace: internal error (detection may be incomplete): " + e);
        if (verbose) {
          e.printStackTrace();
        }
      }
    } catch (Throwable again) {
      // out of stack or memory while telling it: nothing more can be done here
    }
  }

  /** How many times the runtime ran out of stack or memory in its own work (and went on without it). */
  public static int exhausted() {
    return exhausted;
  }
}
