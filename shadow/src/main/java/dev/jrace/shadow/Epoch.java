package dev.jrace.shadow;

/**
 * An epoch names one moment of one thread: a thread id and that thread's clock, packed in a
 * long so that "is this the access I made last time?" is a single compare.
 *
 * <p>Layout: clock in the high 44 bits, thread id in the low 20. Clocks start at 1, so the epoch
 * 0 means "no access yet" and happens before everything.
 */
public final class Epoch {
  public static final int TID_BITS = 20;
  public static final int MAX_TID = (1 << TID_BITS) - 1;
  public static final long MAX_CLOCK = (1L << (64 - TID_BITS)) - 1;
  /** No access recorded. */
  public static final long NONE = 0L;

  private Epoch() {}

  public static long of(int tid, long clock) {
    assert tid >= 0 && tid <= MAX_TID && clock >= 0 && clock <= MAX_CLOCK;
    return (clock << TID_BITS) | tid;
  }

  public static int tid(long epoch) {
    return (int) (epoch & MAX_TID);
  }

  public static long clock(long epoch) {
    return epoch >>> TID_BITS;
  }

  public static String toString(long epoch) {
    return epoch == NONE ? "none" : clock(epoch) + "@" + tid(epoch);
  }
}
