package dev.jrace.shadow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;

/**
 * Gives threads their ids and keeps what reports need to name a thread from an epoch.
 *
 * <p>There are {@link #IDS} ids (ThreadSanitizer's slots), so vector clocks stay that small
 * however many threads a program has. An id comes back when its thread ends; when all are
 * taken by live threads, one is taken from a thread that has not recorded anything lately
 * (a clock hand, as TSan steals slots), which takes a new one at its next step. A reused id
 * continues the clock of its last owner, so no old epoch ever looks newer than it is: reuse
 * can hide a race with an id's earlier owner, never invent one. An id whose end the new
 * thread's parent has already seen (it joined it) is reused first, which hides nothing.
 */
public final class ThreadRegistry {
  /**
   * Ids in all: every vector clock has a slot per id, and an id is shared over time by the
   * threads that had it (a race between two of them is not seen), so more ids see more and cost
   * more memory per clock. Fresh ids are handed out before ended ones are reused.
   */
  static final int IDS = 256;
  /**
   * How far past the clock it last saw of a thread that loses its id the next owner starts: the
   * loser may tick once or twice more before it sees the loss, and its clock is read racily.
   */
  private static final long LOST_MARGIN = 16;
  /** Ended threads whose histories are kept (a race with an access older than theirs loses its stack). */
  private static final int ENDED_HISTORIES = 64;
  /** Owners remembered per id for naming threads in reports. */
  private static final int INCARNATIONS = 16;

  /** Every thread attached and not yet seen ended, with or without an id now. */
  private final ArrayList<ThreadState> live = new ArrayList<>();
  /** The thread that has each id, null when it is free. */
  private final ThreadState[] holders = new ThreadState[IDS];
  private final ArrayDeque<Integer> free = new ArrayDeque<>();
  /** Ended threads whose histories are kept, oldest first, for races found after they ended. */
  private final ArrayDeque<ThreadInfo> endedWithHistory = new ArrayDeque<>();
  /** What the non-daemon threads that have ended did: the JVM waits for all of them at the end of main. */
  private final VectorClock endedNonDaemon = new VectorClock();
  /** Per id, at least the last clock any owner of it used. */
  private final long[] lastClock = new long[IDS];
  /**
   * Per id, the first clock of its latest owner that did not know all its previous owner knew
   * (0: none yet). Read without the lock: see {@link #knowsAllBefore}.
   */
  private final long[] unrelatedSince = new long[IDS];
  private final Incarnation[][] owners = new Incarnation[IDS][];
  private int nextTid;
  private int hand;
  private int attachesSinceSweep;
  private long idsTaken;

  private record Incarnation(long firstClock, ThreadInfo info) {}

  /** Registers a thread that starts with the clock {@code startedWith} (null: nothing known). */
  public ThreadState attach(ThreadInfo info, VectorClock startedWith) {
    synchronized (this) {
      if (++attachesSinceSweep >= Math.max(64, live.size() / 2)) {
        sweep();
      }
      int tid = pickTid(startedWith);
      long first = Math.max(lastClock[tid], startedWith == null ? 0 : startedWith.get(tid)) + 1;
      ThreadState t = new ThreadState(this, tid, first, info, startedWith);
      hold(tid, t, first, startedWith);
      live.add(t);
      return t;
    }
  }

  /** Gives {@code t}, whose id was taken, a new one; it keeps everything its clock knows. */
  synchronized void reattach(ThreadState t) {
    if (!t.lostId) {
      return;
    }
    int tid = pickTid(t.clock);
    long first = Math.max(lastClock[tid], t.clock.get(tid)) + 1;
    hold(tid, t, first, t.clock);
    t.moveTo(tid, first);
    t.lostId = false;
  }

  /** Gives {@code tid} to {@code t}, which starts at {@code first} knowing {@code knows} (null: nothing). */
  private void hold(int tid, ThreadState t, long first, VectorClock knows) {
    if (knows == null || knows.get(tid) < lastClock[tid]) {
      unrelatedSince[tid] = first;
    }
    holders[tid] = t;
    lastClock[tid] = first;
    remember(tid, first, t.info);
  }

  /** Marks the thread's id free now (for tests; running threads are found dead by a sweep). */
  public synchronized void detach(ThreadState t) {
    if (live.remove(t)) {
      release(t);
    }
  }

  /**
   * Gives back the id of {@code t}, which has ended, before a sweep finds it dead: a thread that
   * joined it knows its whole clock, so the next thread it starts takes the id (see
   * {@link #findSeenFree}), and the clocks of a program that starts and joins threads again and
   * again keep as few slots as it has threads at once.
   */
  public synchronized void freeId(ThreadState t) {
    int tid = t.tid;
    if (holders[tid] == t) {
      lastClock[tid] = Math.max(lastClock[tid], t.clock.get(tid));
      holders[tid] = null;
      free.add(tid);
    }
  }

  /**
   * Whether a clock that covers {@code epoch} knows all that the clock of its thread knew then,
   * as clocks travel whole. Not so when a later owner of the epoch's id did not know all its
   * previous owner knew: that owner's clock alone may be what covers the epoch.
   */
  boolean knowsAllBefore(long epoch) {
    return Epoch.clock(epoch) >= unrelatedSince[Epoch.tid(epoch)];
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

  /** How many times an id was taken from a live thread. */
  public synchronized long idsTaken() {
    return idsTaken;
  }

  private int pickTid(VectorClock knows) {
    Integer seen = findSeenFree(knows);
    if (seen != null) {
      return seen;
    }
    if (nextTid < IDS) {
      return nextTid++;
    }
    if (free.isEmpty()) {
      sweep();
    }
    Integer ended = free.poll();
    return ended != null ? ended : take();
  }

  private Integer findSeenFree(VectorClock knows) {
    if (knows == null) {
      return null;
    }
    for (Iterator<Integer> it = free.iterator(); it.hasNext(); ) {
      Integer tid = it.next();
      if (lastClock[tid] <= knows.get(tid)) {
        it.remove();
        return tid;
      }
    }
    return null;
  }

  /**
   * Takes the id of a live thread that has recorded nothing since the hand last passed it (a
   * thread parked in a pool, a virtual thread waiting for a lock), or else the next one.
   */
  private int take() {
    for (int i = 0; ; i++) {
      int tid = hand;
      hand = (hand + 1) % IDS;
      ThreadState holder = holders[tid];
      if (holder == null) {
        return tid;
      }
      if (holder.recent && i < IDS) {
        holder.recent = false;
        continue;
      }
      holder.lostId = true;
      lastClock[tid] = Math.max(lastClock[tid], holder.clock.get(tid) + LOST_MARGIN);
      holders[tid] = null;
      idsTaken++;
      return tid;
    }
  }

  private void sweep() {
    attachesSinceSweep = 0;
    int kept = 0;
    for (int i = 0; i < live.size(); i++) { // compacts in place: removing one by one is quadratic
      ThreadState t = live.get(i);
      if (t.info.hasEnded()) {
        release(t);
      } else {
        live.set(kept++, t);
      }
    }
    live.subList(kept, live.size()).clear();
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
    freeId(t);
    t.retire();
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
