package dev.jrace.shadow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;

/**
 * Gives threads their ids and keeps what reports need to name a thread from an epoch.
 *
 * <p>Ids are reused once a thread has ended, so a program may start any number of threads over
 * its life. A reused id continues the clock of its last owner, so no old epoch ever looks newer
 * than it is: reuse can hide a race with a thread that ended long ago, never invent one. An id
 * whose end the new thread's parent has already seen (it joined it) is reused first, which
 * hides nothing.
 */
public final class ThreadRegistry {
  /**
   * Fresh ids are handed out up to this many before ids of ended threads are reused blindly.
   * Every vector clock has a slot per id in use, so this bounds the size of clocks in programs
   * that start many short threads nobody joins (a thread per task).
   */
  static final int FRESH_IDS = 256;
  /** Ended threads whose histories are kept (a race with an access older than theirs loses its stack). */
  private static final int ENDED_HISTORIES = 64;
  /** Owners remembered per id for naming threads in reports. */
  private static final int INCARNATIONS = 16;

  private final ArrayList<ThreadState> live = new ArrayList<>();
  private final ArrayDeque<Integer> free = new ArrayDeque<>();
  /** Ended threads whose histories are kept, oldest first, for races found after they ended. */
  private final ArrayDeque<ThreadInfo> endedWithHistory = new ArrayDeque<>();
  /** What the non-daemon threads that have ended did: the JVM waits for all of them at the end of main. */
  private final VectorClock endedNonDaemon = new VectorClock();
  private long[] lastClock = new long[64];
  private Incarnation[][] owners = new Incarnation[64][];
  private int nextTid;
  private int attachesSinceSweep;

  private record Incarnation(long firstClock, ThreadInfo info) {}

  /** Registers a thread that starts with the clock {@code startedWith} (null: nothing known). */
  public ThreadState attach(ThreadInfo info, VectorClock startedWith) {
    synchronized (this) {
      int tid = pickTid(startedWith);
      long first = lastClock[tid] + 1;
      ThreadState t = new ThreadState(tid, first, info, startedWith);
      remember(tid, first, info);
      live.add(t);
      return t;
    }
  }

  /** Marks the thread's id free now (for tests; running threads are found dead by a sweep). */
  public synchronized void detach(ThreadState t) {
    if (live.remove(t)) {
      release(t);
    }
  }

  /** The thread that made the access at {@code epoch}, or null when it is no longer remembered. */
  public synchronized ThreadInfo infoOf(long epoch) {
    int tid = Epoch.tid(epoch);
    long clock = Epoch.clock(epoch);
    Incarnation[] list = tid < owners.length ? owners[tid] : null;
    if (list == null) {
      return null;
    }
    Incarnation best = null;
    for (Incarnation i : list) {
      if (i != null && i.firstClock <= clock && (best == null || i.firstClock > best.firstClock)) {
        best = i;
      }
    }
    return best == null ? null : best.info;
  }

  public synchronized int liveCount() {
    return live.size();
  }

  /** Highest id handed out so far, plus one. */
  public synchronized int idsUsed() {
    return nextTid;
  }

  private int pickTid(VectorClock startedWith) {
    if (++attachesSinceSweep >= Math.max(64, live.size() / 2)) {
      sweep();
    }
    Integer seen = findSeenFree(startedWith);
    if (seen != null) {
      return seen;
    }
    if ((nextTid >= FRESH_IDS && !free.isEmpty()) || nextTid > Epoch.MAX_TID) {
      if (free.isEmpty()) {
        sweep();
      }
      if (!free.isEmpty()) {
        return free.poll();
      }
      throw new IllegalStateException("more than " + Epoch.MAX_TID + " threads alive at once");
    }
    int tid = nextTid++;
    if (tid >= lastClock.length) {
      lastClock = Arrays.copyOf(lastClock, tid * 2);
      owners = Arrays.copyOf(owners, tid * 2);
    }
    return tid;
  }

  private Integer findSeenFree(VectorClock startedWith) {
    if (startedWith == null) {
      return null;
    }
    for (Iterator<Integer> it = free.iterator(); it.hasNext(); ) {
      Integer tid = it.next();
      if (lastClock[tid] <= startedWith.get(tid)) {
        it.remove();
        return tid;
      }
    }
    return null;
  }

  private void sweep() {
    attachesSinceSweep = 0;
    for (Iterator<ThreadState> it = live.iterator(); it.hasNext(); ) {
      ThreadState t = it.next();
      if (t.info.hasEnded()) {
        it.remove();
        release(t);
      }
    }
  }

  /**
   * The join of the clocks of every non-daemon thread that has ended: what a thread that knows
   * they all ended (the JVM's, running shutdown hooks once main returned) has seen.
   */
  public synchronized VectorClock endedNonDaemon() {
    sweep();
    return new VectorClock(endedNonDaemon);
  }

  private void release(ThreadState t) {
    if (!t.info.isDaemon()) {
      endedNonDaemon.join(t.clock);
    }
    lastClock[t.tid] = Math.max(lastClock[t.tid], t.clock.get(t.tid));
    free.add(t.tid);
    endedWithHistory.add(t.info);
    if (endedWithHistory.size() > ENDED_HISTORIES) {
      endedWithHistory.poll().forget();
    }
  }

  private void remember(int tid, long first, ThreadInfo info) {
    Incarnation[] list = owners[tid];
    if (list == null) {
      list = owners[tid] = new Incarnation[INCARNATIONS];
    }
    int oldest = 0;
    for (int i = 0; i < list.length; i++) {
      if (list[i] == null) {
        oldest = i;
        break;
      }
      if (list[i].firstClock < list[oldest].firstClock) {
        oldest = i;
      }
    }
    list[oldest] = new Incarnation(first, info);
  }
}
