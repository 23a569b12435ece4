package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.List;

/**
 * The FastTrack rules for plain reads and writes (Flanagan and Freund, PLDI 2009), reached
 * only when the thunks' same-epoch check fails. Each variable's shadow changes under its own
 * monitor; a race found is handed to the sink after that monitor is released.
 */
public final class Detector {
  private final SiteTable sites;
  private final ThreadRegistry threads;
  private final LockSets locks;
  private volatile RaceSink sink;
  private volatile ReportGuard guard = ReportGuard.NONE;

  public Detector(SiteTable sites, ThreadRegistry threads, RaceSink sink) {
    this(sites, threads, new LockSets(sites), sink);
  }

  public Detector(SiteTable sites, ThreadRegistry threads, LockSets locks, RaceSink sink) {
    this.sites = sites;
    this.threads = threads;
    this.locks = locks;
    this.sink = sink;
  }

  public void setSink(RaceSink sink) {
    this.sink = sink;
  }

  public void setReportGuard(ReportGuard guard) {
    this.guard = guard;
  }

  /**
   * A read of {@code v} by {@code t} at {@code site}. For an array element, {@code object} and
   * {@code index} name it in a report; for a JDK object watched as a whole, {@code object} is
   * that object; for a field they are null and -1.
   */
  public void read(VarState v, ThreadState t, int site, Object object, int index) {
    if (t.ignore > 0) {
      return;
    }
    t.step();
    if (t.staleLocks) {
      t.dropStaleMonitors(locks);
    }
    long racingWrite;
    int racingSite;
    long racingPosition;
    int racingAt;
    int racingLocks;
    long position = t.moment();
    int at = t.at;
    int locks = t.lockSet;
    String[] held = t.lockNames;
    String[] guards;
    synchronized (v) {
      long e = t.epoch;
      long r = v.readEpoch;
      if (r == e || (r == VarState.SHARED && v.reads.clocks.get(t.tid) == Epoch.clock(e))) {
        return;
      }
      long w = v.writeEpoch;
      racingWrite = t.clock.covers(w) ? Epoch.NONE : w;
      racingSite = v.writeSite;
      racingPosition = v.writePosition;
      racingAt = v.writeAt;
      racingLocks = v.writeLocks;
      guards = Guards.with(v.guards, held);
      if (guards != v.guards) {
        v.guards = guards; // only when it changes: a reference store costs a GC barrier
      }
      if (r == VarState.SHARED) {
        v.reads.add(e, site, position, at, locks);
      } else if (t.clock.covers(r)) {
        v.readEpoch = e;
        v.readSite = site;
        v.readPosition = position;
        v.readAt = at;
        v.readLocks = locks;
      } else {
        ReadSet reads = new ReadSet();
        reads.add(r, v.readSite, v.readPosition, v.readAt, v.readLocks);
        reads.add(e, site, position, at, locks);
        v.reads = reads;
        v.readEpoch = VarState.SHARED;
      }
    }
    if (racingWrite != Epoch.NONE) {
      report(t, false, site, object, index, new Conflicts(racingWrite, racingSite, racingPosition, racingAt,
          racingLocks, true), guards);
    }
  }

  /** A write of {@code v} by {@code t} at {@code site}; see {@link #read}. */
  public void write(VarState v, ThreadState t, int site, Object object, int index) {
    if (t.ignore > 0) {
      return;
    }
    t.step();
    if (t.staleLocks) {
      t.dropStaleMonitors(locks);
    }
    Conflicts found = null;
    long position = t.moment();
    int at = t.at;
    int locks = t.lockSet;
    String[] held = t.lockNames;
    String[] guards;
    synchronized (v) {
      long e = t.epoch;
      long w = v.writeEpoch;
      if (w == e) {
        return;
      }
      guards = Guards.with(v.guards, held);
      if (guards != v.guards) {
        v.guards = guards;
      }
      if (!t.clock.covers(w)) {
        found = Conflicts.add(found, w, v.writeSite, v.writePosition, v.writeAt, v.writeLocks, true);
      }
      long r = v.readEpoch;
      if (r == VarState.SHARED) {
        ReadSet reads = v.reads;
        for (int tid = 0; tid < reads.size(); tid++) {
          long re = reads.epochOf(tid);
          if (!t.clock.covers(re)) {
            found = Conflicts.add(found, re, reads.siteOf(tid), reads.positionOf(tid), reads.atOf(tid),
                reads.locksOf(tid), false);
          }
        }
        v.reads = null;
        v.readEpoch = Epoch.NONE;
      } else if (!t.clock.covers(r)) {
        found = Conflicts.add(found, r, v.readSite, v.readPosition, v.readAt, v.readLocks, false);
      }
      v.writeEpoch = e;
      v.writeSite = site;
      v.writePosition = position;
      v.writeAt = at;
      v.writeLocks = locks;
    }
    for (Conflicts c = found; c != null; c = c.next) {
      report(t, true, site, object, index, c, guards);
    }
  }

  /**
   * An access of elements {@code [from, end)} of {@code array} (in bounds), whose shadow is
   * {@code s}: each chunk it covers whole is one access of the chunk's whole-chunk state, then
   * one of each cell made in it (see ArrayShadow); the elements of a chunk it covers in part,
   * one access each. A race on a whole chunk names its first element.
   */
  public void range(ArrayShadow s, int from, int end, boolean write, ThreadState t, int site, Object array) {
    int i = from;
    while (i < end) {
      int chunkEnd = s.chunkEnd(i);
      if (i == ArrayShadow.chunkStart(i) && chunkEnd <= end) {
        access(s.whole(i), write, t, site, array, i);
        for (int k = i; k < chunkEnd; k++) {
          VarState v = s.cellIfMade(k);
          if (v != null) {
            access(v, write, t, site, array, k);
          }
        }
        i = chunkEnd;
      } else {
        access(s.cell(i), write, t, site, array, i);
        i++;
      }
    }
  }

  private void access(VarState v, boolean write, ThreadState t, int site, Object array, int index) {
    if (write) {
      if (v.writeEpoch != t.epoch) {
        write(v, t, site, array, index);
      }
    } else if (v.readEpoch != t.epoch) {
      read(v, t, site, array, index);
    }
  }

  private void report(ThreadState t, boolean write, int site, Object object, int index, Conflicts earlier,
      String[] guards) {
    ReportGuard g = guard;
    int[] inside = g.enter();
    try {
      reportGuarded(t, write, site, object, index, earlier, guards);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail for want of stack
      }
    }
  }

  private void reportGuarded(ThreadState t, boolean write, int site, Object object, int index, Conflicts earlier,
      String[] guards) {
    List<String> unheld = Guards.missing(guards, t.lockNames);
    boolean currentUnheld = !unheld.isEmpty();
    if (!currentUnheld) {
      unheld = Guards.missing(guards, locks.names(earlier.locks));
    }
    Site current = sites.get(site);
    Site previous = sites.get(earlier.site);
    String holder = current.variable() != null ? current.variable() : previous.variable();
    Access now = new Access(write, current, t.info, new Throwable().getStackTrace(), false, lockSites(t.lockSet),
        t.taskOrigin(sites));
    ThreadInfo other = threads.infoOf(earlier.epoch);
    History history = other == null ? null : other.history();
    long[] frames = history == null ? null : history.restore(earlier.position);
    Access before = new Access(earlier.write, previous, other,
        frames == null ? null : RestoredStack.of(sites, previous, frames, earlier.at),
        frames == null && History.on(), lockSites(earlier.locks),
        frames == null ? null : RestoredStack.task(sites, frames, other.tasks()));
    Race race;
    if (object == null) {
      race = new Race(current.variable(), null, null, now, before, unheld, currentUnheld);
    } else if (object.getClass().isArray()) {
      race = new Race(object.getClass().getTypeName() + " element " + index, holder, null, now, before, unheld, currentUnheld);
    } else {
      String jdkClass = object.getClass().getName();
      String variable = jdkClass + "@" + Integer.toHexString(System.identityHashCode(object));
      race = new Race(variable, holder, jdkClass, now, before, unheld, currentUnheld);
    }
    sink.race(race);
  }

  /** Where the locks of a lock set were taken, first taken first. */
  private List<Site> lockSites(int lockSet) {
    List<Site> out = new ArrayList<>();
    for (int site : locks.sites(lockSet)) {
      out.add(sites.get(site));
    }
    return out;
  }

  /** Earlier accesses a write races with; made only when there is one. */
  private static final class Conflicts {
    final long epoch;
    final int site;
    final long position;
    final int at;
    final int locks;
    final boolean write;
    Conflicts next;

    Conflicts(long epoch, int site, long position, int at, int locks, boolean write) {
      this.epoch = epoch;
      this.site = site;
      this.position = position;
      this.at = at;
      this.locks = locks;
      this.write = write;
    }

    static Conflicts add(Conflicts list, long epoch, int site, long position, int at, int locks,
        boolean write) {
      Conflicts c = new Conflicts(epoch, site, position, at, locks, write);
      if (list == null) {
        return c;
      }
      Conflicts last = list;
      while (last.next != null) {
        last = last.next;
      }
      last.next = c;
      return list;
    }
  }
}
