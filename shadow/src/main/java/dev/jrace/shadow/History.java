package dev.jrace.shadow;

/**
 * A thread's recent method entries and exits, so that the stack of an earlier access of the
 * thread can be restored when that access turns out to race (ThreadSanitizer's trace, for calls
 * only). Events go to a ring that grows up to a capacity; every {@link #CHECK} events the stack
 * as it stands is kept, so a position is restored by replaying the events after the last such
 * checkpoint. Only its own thread records; a report restores from another thread without a
 * lock, and checks afterwards that what it read was not overwritten meanwhile (a stack read
 * while its thread runs on is the best effort TSan makes too; the race itself never depends
 * on it).
 *
 * <p>A frame is {@code (callerSite << 32) | method}: the method's site id, and the site of the
 * call in the frame below it that entered this one.
 */
public final class History {
  /** The event of a method exit. */
  static final long EXIT = -1L;
  private static final int CHECK_BITS = 8;
  static final int CHECK = 1 << CHECK_BITS;
  private static final int FIRST = 1 << 10;

  /** Events kept at most per thread, a power of two; 0 when there is no history. */
  private static volatile int capacity = eventsFor(3);

  private final int max;
  private long[] events;
  private int mask;
  private long[][] checkpoints;
  /** Events recorded so far. Plain: a report reading it from another thread may see it late. */
  private long recorded;

  private History(int max) {
    this.max = max;
    this.events = new long[Math.min(FIRST, max)];
    this.mask = events.length - 1;
    this.checkpoints = new long[events.length >> CHECK_BITS][];
  }

  /** Whether new threads keep a history. */
  static boolean on() {
    return capacity != 0;
  }

  /** The history of a new thread, or null when history is off. */
  static History make() {
    int max = capacity;
    return max == 0 ? null : new History(max);
  }

  /**
   * Sets how much new threads keep: {@code size} 0 is none (a previous access shows its own
   * frame only), 1 to 8 keep 4,096 to 524,288 method entries and exits (like GORACE's
   * history_size, larger keeps more).
   */
  public static void setSize(int size) {
    capacity = eventsFor(size);
  }

  private static int eventsFor(int size) {
    return size == 0 ? 0 : 1 << (11 + size);
  }

  /** The position of the next event: what an access records to be restored later. */
  int position() {
    return (int) recorded;
  }

  /**
   * Records {@code event}, with the stack {@code frames[0, depth)} as it was before it. Small,
   * so that the JIT inlines it into the thunks: the rare work is in {@link #checkpoint}.
   */
  void record(long event, long[] frames, int depth) {
    long p = recorded;
    if ((p & (CHECK - 1)) == 0) {
      checkpoint(p, frames, depth);
    }
    events[(int) p & mask] = event;
    recorded = p + 1;
  }

  /** Every {@link #CHECK} events: keeps the stack, and grows the ring while it is below capacity. */
  private void checkpoint(long p, long[] frames, int depth) {
    if (p == events.length && events.length < max) {
      grow();
    }
    checkpoints[(int) ((p >>> CHECK_BITS) & (checkpoints.length - 1))] = copy(frames, depth);
  }

  private void grow() {
    events = java.util.Arrays.copyOf(events, events.length * 2);
    checkpoints = java.util.Arrays.copyOf(checkpoints, events.length >> CHECK_BITS);
    mask = events.length - 1;
  }

  private static long[] copy(long[] frames, int depth) {
    long[] c = new long[depth];
    System.arraycopy(frames, 0, c, 0, depth);
    return c;
  }

  /**
   * The stack (frames as above, bottom first) at {@code position}, a value {@link #position()}
   * returned; null when that is older than what the ring still holds.
   */
  long[] restore(int position) {
    long now = recorded;
    long[] e = events;
    long[][] c = checkpoints;
    long target = now - ((int) now - position & 0xFFFFFFFFL); // the full position, at most now
    long start = target & -CHECK;
    if (target > now || start < now - e.length || start < 0) {
      return null;
    }
    long[] base = c[(int) ((start >>> CHECK_BITS) & (c.length - 1))];
    if (base == null) {
      return null;
    }
    long[] stack = java.util.Arrays.copyOf(base, base.length + CHECK);
    int depth = base.length;
    for (long p = start; p < target; p++) {
      long event = e[(int) (p & (e.length - 1))];
      if (event == EXIT) {
        depth = Math.max(0, depth - 1);
      } else {
        stack[depth++] = event;
      }
    }
    if (start < recorded - events.length) {
      return null; // overwritten while it was read
    }
    return java.util.Arrays.copyOf(stack, depth);
  }

  static int method(long frame) {
    return (int) frame;
  }

  static int callerSite(long frame) {
    return (int) (frame >>> 32);
  }
}
