package dev.jrace.thunks;

/**
 * Marks a thread as inside jrace's runtime, so that the java.util.concurrent code the runtime
 * itself runs (a ReferenceQueue's lock, class linking) is not taken for the program's own
 * synchronization, and cannot call back into the runtime while it attaches a thread.
 *
 * <p>The threads that schedule virtual threads (carriers running the scheduler, the JDK's
 * unblocker and unparker) are inside for good: they run no program code, and from JDK 24 on a
 * virtual thread blocked on a monitor is woken only through them, so they must never wait on
 * one of jrace's monitors that a virtual thread may be next in line for.
 */
public final class Guard {
  private static final Class<?> CARRIER = carrierClass();
  private static final ThreadLocal<int[]> INSIDE = new ThreadLocal<>() {
    @Override
    protected int[] initialValue() {
      return new int[] {schedulesVirtualThreads(Thread.currentThread()) ? 1 : 0};
    }
  };

  private Guard() {}

  /**
   * Enters the runtime: returns the thread's flag, which the caller clears to leave
   * ({@code inside[0] = 0}, in a finally block); null when the thread is in it already (and then
   * must not clear it), or while this class is being initialized (making a ThreadLocal runs an
   * AtomicInteger). Leaving is a store, not a call: the runtime often leaves while a
   * StackOverflowError unwinds, with no stack left for a call, and a call that failed there would
   * leave the thread inside for good, its synchronization no longer seen.
   */
  public static int[] enter() {
    ThreadLocal<int[]> flag = INSIDE;
    if (flag == null) {
      return null;
    }
    int[] inside = flag.get();
    if (inside[0] != 0) {
      return null;
    }
    inside[0] = 1;
    return inside;
  }

  /** Leaves the runtime whatever the state: for starting it (see SyncThunks.prepare). */
  public static void exit() {
    INSIDE.get()[0] = 0;
  }

  private static boolean schedulesVirtualThreads(Thread t) {
    return CARRIER != null && CARRIER.isInstance(t)
        || t.getClass().getName().equals("jdk.internal.misc.InnocuousThread")
            && t.getName().startsWith("VirtualThread-");
  }

  /** The class of the threads that carry virtual threads (JDK 21 on), or null. */
  private static Class<?> carrierClass() {
    try {
      return Class.forName("jdk.internal.misc.CarrierThread", false, null);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
