package dev.jrace.thunks;

/**
 * Marks a thread as inside jrace's runtime, so that the java.util.concurrent code the runtime
 * itself runs (a ReferenceQueue's lock, class linking) is not taken for the program's own
 * synchronization, and cannot call back into the runtime while it attaches a thread.
 */
public final class Guard {
  private static final ThreadLocal<int[]> INSIDE = new ThreadLocal<>() {
    @Override
    protected int[] initialValue() {
      return new int[1];
    }
  };

  private Guard() {}

  /**
   * Enters the runtime; false when the thread is in it already (and then must not exit), or
   * while this class is being initialized (making a ThreadLocal runs an AtomicInteger).
   */
  public static boolean enter() {
    ThreadLocal<int[]> flag = INSIDE;
    if (flag == null) {
      return false;
    }
    int[] inside = flag.get();
    if (inside[0] != 0) {
      return false;
    }
    inside[0] = 1;
    return true;
  }

  public static void exit() {
    INSIDE.get()[0] = 0;
  }
}
