package dev.jrace.shadow;

import java.util.Arrays;

/**
 * A vector clock: for each thread id, the last clock of that thread known to happen before.
 * Not thread-safe; its owner (a thread or a {@link SyncClock} under its lock) guards it.
 */
public final class VectorClock {
  private long[] clocks;

  public VectorClock() {
    clocks = new long[8];
  }

  public VectorClock(VectorClock other) {
    clocks = other.clocks.clone();
  }

  public long get(int tid) {
    return tid < clocks.length ? clocks[tid] : 0L;
  }

  public void set(int tid, long clock) {
    if (tid >= clocks.length) {
      clocks = Arrays.copyOf(clocks, Math.max(tid + 1, clocks.length * 2));
    }
    clocks[tid] = clock;
  }

  /** True when the access at {@code epoch} happens before the moment this clock describes. */
  public boolean covers(long epoch) {
    return Epoch.clock(epoch) <= get(Epoch.tid(epoch));
  }

  /** This := this ⊔ other. */
  public void join(VectorClock other) {
    long[] theirs = other.clocks;
    int n = theirs.length;
    while (n > 0 && theirs[n - 1] == 0) {
      n--;
    }
    if (n > clocks.length) {
      clocks = Arrays.copyOf(clocks, n);
    }
    long[] mine = clocks;
    for (int i = 0; i < n; i++) {
      if (theirs[i] > mine[i]) {
        mine[i] = theirs[i];
      }
    }
  }

  /** True when every entry of this is at most the matching entry of {@code other}. */
  public boolean leq(VectorClock other) {
    for (int i = 0; i < clocks.length; i++) {
      if (clocks[i] > other.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Number of slots (one past the largest thread id this clock has room for). */
  int size() {
    return clocks.length;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < clocks.length; i++) {
      if (clocks[i] != 0) {
        if (b.length() > 1) {
          b.append(", ");
        }
        b.append(i).append(':').append(clocks[i]);
      }
    }
    return b.append(']').toString();
  }
}
