package dev.jrace.shadow;

import java.util.Arrays;

/**
 * A vector clock: for each thread id, the last clock of that thread known to happen before.
 * Not thread-safe; its owner (a thread or a {@link SyncClock} under its lock) guards it.
 *
 * <p>Copies are cheap, because most clocks are copies of a thread's clock that nobody changes
 * again (a start, the first release of a future or a lock): a copy shares its original's array,
 * and whichever of them changes an entry first copies the array then. A lock's clock joining its
 * releaser's copies into its own array when it has room ({@link #joinCopying}), so that a lock
 * passed to and fro allocates nothing. A thread's own entry,
 * which moves at every release, lives beside the array ({@link #advance}), so releasing many
 * times into fresh objects shares one array between the thread and all of them.
 */
public final class VectorClock {
  private long[] clocks;
  /**
   * One past the last entry of {@link #clocks} that may be non-zero: loops stop there, not at the
   * array's end (ids are handed out fresh first, so arrays soon have room for every id).
   */
  private int used;
  /** Whether {@link #clocks} may be seen by another clock: then it is never written again. */
  private boolean shared;
  /** One entry kept beside the array (a thread's own), -1 for none; the entry is the larger of both. */
  private int extraTid = -1;
  private long extra;

  public VectorClock() {
    clocks = new long[8];
  }

  public VectorClock(VectorClock other) {
    clocks = other.clocks;
    used = other.used;
    shared = other.shared = true;
    extraTid = other.extraTid;
    extra = other.extra;
  }

  public long get(int tid) {
    long c = tid < clocks.length ? clocks[tid] : 0L;
    return tid == extraTid && extra > c ? extra : c;
  }

  /** Sets the entry of {@code tid} to exactly {@code clock}. */
  public void set(int tid, long clock) {
    own(tid + 1);
    clocks[tid] = clock;
    used = Math.max(used, tid + 1);
    if (tid == extraTid) {
      extra = clock;
    }
  }

  /**
   * Moves the entry of {@code tid} up to {@code clock}, which must not be below it, without
   * touching the array (for a thread's own entry: see the class comment).
   */
  public void advance(int tid, long clock) {
    if (tid != extraTid && extraTid >= 0) {
      own(extraTid + 1);
      clocks[extraTid] = Math.max(clocks[extraTid], extra);
      used = Math.max(used, extraTid + 1);
    }
    extraTid = tid;
    extra = clock;
  }

  /** True when the access at {@code epoch} happens before the moment this clock describes. */
  public boolean covers(long epoch) {
    return Epoch.clock(epoch) <= get(Epoch.tid(epoch));
  }

  /**
   * This := this ⊔ other. True when this knew nothing {@code other} did not, so that this is now
   * {@code other}'s equal; false when it knew something more, or nothing less.
   */
  public boolean join(VectorClock other) {
    return join(other, false);
  }

  /**
   * As {@link #join}, for the clock of a lock or a volatile: when the join makes this clock
   * {@code other}'s equal, it copies into its own array if that has room rather than sharing
   * {@code other}'s, so that the releaser's next acquire does not copy its array again. A
   * thread's clock shares instead: the many threads that wait on one lock then keep one array.
   */
  public boolean joinCopying(VectorClock other) {
    return join(other, true);
  }

  private boolean join(VectorClock other, boolean copy) {
    long[] theirs = other.clocks;
    int n = other.used;
    if (!learnsFrom(other, n)) {
      return false;
    }
    if (leq(other)) { // the join is theirs (a lock passed along, a thread releasing again)
      if (copy && !shared && n <= clocks.length) {
        System.arraycopy(theirs, 0, clocks, 0, n);
        Arrays.fill(clocks, n, Math.max(n, used), 0L);
      } else {
        clocks = theirs;
        shared = other.shared = true;
      }
      used = n;
      extraTid = other.extraTid;
      extra = other.extra;
      return true;
    }
    own(n);
    long[] mine = clocks;
    for (int i = 0; i < n; i++) {
      if (theirs[i] > mine[i]) {
        mine[i] = theirs[i];
      }
    }
    used = Math.max(used, n);
    int t = other.extraTid;
    if (t >= 0 && other.extra > get(t)) {
      own(t + 1);
      clocks[t] = other.extra;
      used = Math.max(used, t + 1);
    }
    return false;
  }

  /** Whether {@code other} (its array's first {@code n} entries, and its extra) knows more than this. */
  private boolean learnsFrom(VectorClock other, int n) {
    long[] theirs = other.clocks;
    long[] mine = clocks;
    int both = Math.min(n, mine.length);
    for (int i = 0; i < both; i++) {
      if (theirs[i] > mine[i] && theirs[i] > get(i)) { // get(i): this clock's extra may know it
        return true;
      }
    }
    for (int i = both; i < n; i++) {
      if (theirs[i] > get(i)) {
        return true;
      }
    }
    return other.extraTid >= 0 && other.extra > get(other.extraTid);
  }

  /** Makes the array this clock's alone and at least {@code n} long. */
  private void own(int n) {
    if (shared || n > clocks.length) {
      clocks = Arrays.copyOf(clocks, Math.max(n, n > clocks.length ? clocks.length * 2 : clocks.length));
      shared = false;
    }
  }

  /** True when every entry of this is at most the matching entry of {@code other}. */
  public boolean leq(VectorClock other) {
    long[] mine = clocks;
    long[] theirs = other.clocks;
    int both = Math.min(used, theirs.length);
    for (int i = 0; i < both; i++) {
      if (mine[i] > theirs[i] && mine[i] > other.get(i)) { // other.get(i): its extra may know it
        return false;
      }
    }
    for (int i = both; i < used; i++) {
      if (mine[i] > other.get(i)) {
        return false;
      }
    }
    return extraTid < 0 || extra <= other.get(extraTid);
  }

  /** Number of slots: one past the largest thread id this clock may know of. */
  int size() {
    return Math.max(used, extraTid + 1);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < size(); i++) {
      if (get(i) != 0) {
        if (b.length() > 1) {
          b.append(", ");
        }
        b.append(i).append(':').append(get(i));
      }
    }
    return b.append(']').toString();
  }
}
