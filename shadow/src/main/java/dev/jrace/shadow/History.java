package dev.jrace.shadow;

/**
 * A thread's recent method entries, so that the stack of an earlier access of the thread can be
 * restored when that access turns out to race (ThreadSanitizer's trace, for calls only). Each
 * entry is recorded with the depth it enters at; exits are not recorded (the frames live at a
 * moment are the last ones entered at each depth below the depth of that moment, which an
 * access records with its position). Entries go to a ring that grows up to a capacity; every
 * {@link #CHECK} entries the stack as it stands is kept, so a moment is restored by replaying
 * the entries after the last such checkpoint. Only its own thread records; a report restores from another thread without a
 * lock, and checks afterwards that what it read was not overwritten meanwhile (a stack read
 * while its thread runs on is the best effort TSan makes too; the race itself never depends
 * on it).
 *
 * <p>A frame is {@code (callerSite << 32) | method}: the method's site id, and the site of the
 * call in the frame below it that entered this one.
 */
public final class History {
  private static final int CHECK_BITS = 8;
  static final int CHECK = 1 << CHECK_BITS;
  private static final int FIRST = CHECK; // most threads are short: the ring grows as they call

  /** Events kept at most per thread, a power of two; 0 when there is no history. */
  private static volatile int capacity = eventsFor(3);
  /**
   * Rings of forgotten histories, handed to new threads: a thread that makes thousands of calls
   * grows its ring to thousands of entries, and a program that starts such threads again and
   * again would allocate each one anew.
   */
  private static final java.util.ArrayDeque<History> SPARES = new java.util.ArrayDeque<>();
  private static final int MAX_SPARES = 64; // as many as a sweep finds ended at once, at most

  private final int max;
  private long[] events;
  private int[] depths;
  private int mask;
  /**
   * The stacks kept every {@link #CHECK} entries, each in the first {@link #checkpointDepths}
   * entries of its array; an array is written over in place when its slot comes round again
   * (made anew only when the stack is deeper), so that calls allocate nothing once the ring is full.
   */
  private long[][] checkpoints;
  private int[] checkpointDepths;
  /** Events recorded so far. Plain: a report reading it from another thread may see it late. */
  private long recorded;
  /** Set once the ring went to another thread's history: what a report reads here is not this thread's. */
  private volatile boolean recycled;

  private History(int max) {
    this.max = max;
    this.events = new long[Math.min(FIRST, max)];
    this.depths = new int[events.length];
    this.mask = events.length - 1;
    this.checkpoints = new long[events.length >> CHECK_BITS][];
    this.checkpointDepths = new int[checkpoints.length];
    this.checkpoints[0] = new long[0]; // a thread starts with no frame: nothing to restore is no frame
  }

  /** A history on the ring of {@code spare}, whose thread ended and whose stacks nobody restores now. */
  private History(History spare) {
    this.max = spare.max;
    this.events = spare.events;
    this.depths = spare.depths;
    this.mask = spare.mask;
    this.checkpoints = spare.checkpoints;
    this.checkpointDepths = spare.checkpointDepths;
    if (checkpoints[0] == null) {
      checkpoints[0] = new long[0];
    }
    checkpointDepths[0] = 0; // the others are written before a moment can replay from them
  }

  /** Whether new threads keep a history. */
  static boolean on() {
    return capacity != 0;
  }

  /** The history of a new thread, or null when history is off. */
  static History make() {
    int max = capacity;
    if (max == 0) {
      return null;
    }
    History spare;
    synchronized (SPARES) {
      spare = SPARES.poll();
    }
    return spare != null && spare.max == max ? new History(spare) : new History(max);
  }

  /**
   * Gives this history's ring to a later thread: its thread has ended, and reports no longer
   * restore its stacks (one that is restoring one now gets none).
   */
  void recycle() {
    recycled = true;
    synchronized (SPARES) {
      if (SPARES.size() == MAX_SPARES) {
        SPARES.pollLast();
      }
      SPARES.push(this); // the latest first: the likeliest to be in the cache still
    }
  }

  /**
   * Sets how much new threads keep: {@code size} 0 is none (a previous access shows its own
   * frame only), 1 to 8 keep 4,096 to 524,288 method entries (like GORACE's
   * history_size, larger keeps more).
   */
  public static void setSize(int size) {
    capacity = eventsFor(size);
  }

  private static int eventsFor(int size) {
    return size == 0 ? 0 : 1 << (11 + size);
  }

  /**
   * Where the thread is now, at stack depth {@code depth}: what an access records, to be
   * restored later. The depth in the high half, the position of the next entry in the low one.
   */
  long moment(int depth) {
    return ((long) depth << 32) | (recorded & 0xFFFFFFFFL);
  }

  /**
   * Records the entry of {@code frame} at {@code depth}, the stack {@code frames[0, depth)}
   * below it. Small, so that the JIT inlines it into the thunks: the rare work is in
   * {@link #checkpoint}.
   */
  void enter(long frame, long[] frames, int depth) {
    long p = recorded;
    if ((p & (CHECK - 1)) == 0) {
      checkpoint(p, frames, depth);
    }
    int i = (int) p & mask;
    events[i] = frame;
    depths[i] = depth;
    recorded = p + 1;
  }

  /**
   * Every {@link #CHECK} entries: keeps the stack, and grows the ring while it is below capacity.
   * Out of memory (or stack), the ring stays as it is and that stretch of entries has no
   * checkpoint: the stacks of its moments are not restored. It never throws: a method's entry is
   * not where the program can fail.
   */
  private void checkpoint(long p, long[] frames, int depth) {
    int slot = (int) ((p >>> CHECK_BITS) & (checkpoints.length - 1));
    try {
      if (p == events.length && events.length < max) {
        grow();
        slot = (int) ((p >>> CHECK_BITS) & (checkpoints.length - 1));
      }
      long[] kept = checkpoints[slot];
      if (kept == null || kept.length < depth) {
        kept = new long[depth];
        checkpoints[slot] = kept;
      }
      System.arraycopy(frames, 0, kept, 0, depth);
      checkpointDepths[slot] = depth;
    } catch (Throwable e) {
      checkpoints[slot] = null;
      Log.internalError(e);
    }
  }

  /** Doubles the ring; all of it or nothing, so a failure leaves it as it was. */
  private void grow() {
    long[] e = java.util.Arrays.copyOf(events, events.length * 2);
    int[] d = java.util.Arrays.copyOf(depths, e.length);
    long[][] c = java.util.Arrays.copyOf(checkpoints, e.length >> CHECK_BITS);
    int[] cd = java.util.Arrays.copyOf(checkpointDepths, c.length);
    events = e;
    depths = d;
    checkpoints = c;
    checkpointDepths = cd;
    mask = e.length - 1;
  }

  /**
   * The stack (frames as above, bottom first) at {@code moment}, a value {@link #moment}
   * returned; null when that is older than what the ring still holds.
   */
  long[] restore(long moment) {
    long now = recorded;
    long[] e = events;
    int[] d = depths;
    if (recycled) {
      return null;
    }
    long[][] c = checkpoints;
    int[] cd = checkpointDepths;
    int depth = (int) (moment >>> 32);
    long target = now - (((int) now - (int) moment) & 0xFFFFFFFFL); // the full position, at most now
    // The checkpoint at a multiple of CHECK is taken by the entry recorded there: a moment right
    // after the entry before it replays from the previous checkpoint (that one may not exist yet,
    // or be a stale one of the ring's previous lap).
    long start = Math.max(target - 1, 0) & -CHECK;
    if (lost(start, now, e.length) || start < 0 || d.length != e.length) {
      return null;
    }
    int slot = (int) ((start >>> CHECK_BITS) & (c.length - 1));
    long[] base = c[slot];
    int top = slot < cd.length ? cd[slot] : -1;
    if (base == null || top < 0 || top > base.length) {
      return null; // none kept, or read while its thread was writing it
    }
    long[] stack = java.util.Arrays.copyOf(base, Math.max(top, depth) + CHECK);
    for (long p = start; p < target; p++) {
      int i = (int) (p & (e.length - 1));
      int at = d[i];
      if (at < 0 || at >= stack.length) {
        return null; // torn: read while its thread overwrote it
      }
      stack[at] = e[i];
      top = at + 1;
    }
    java.lang.invoke.VarHandle.acquireFence(); // the reads above come before the checks below
    if (depth > top || lost(start, recorded, events.length) || recycled) {
      return null; // inconsistent, or overwritten while it was read
    }
    return java.util.Arrays.copyOf(stack, depth);
  }

  /**
   * Whether the entries from {@code start} on, or its checkpoint, may be overwritten once
   * {@code now} entries are recorded in a ring of {@code length}: the entry at
   * {@code start + length} takes start's checkpoint slot before it is recorded, unless the ring
   * grows there instead.
   */
  private boolean lost(long start, long now, int length) {
    return start + length < now || start + length == now && length == max;
  }

  static int method(long frame) {
    return (int) frame;
  }

  static int callerSite(long frame) {
    return (int) (frame >>> 32);
  }
}
