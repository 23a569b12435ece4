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
