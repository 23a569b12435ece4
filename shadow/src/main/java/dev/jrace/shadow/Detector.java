package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.List;

/**
 * The FastTrack rules for plain reads and writes (Flanagan and Freund, PLDI 2009), reached
 * only when the thunks' same-epoch check fails. A field's or JDK object's shadow changes under
 * its own monitor, an array element's under its chunk's (see ArrayChunk); a race found is handed
 * to the sink after that monitor is released.
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
   * A read of {@code v} by {@code t} at {@code site}. For a JDK object watched as a whole,
   * {@code object} is that object, named in a report; for a field, it is null.
   */
  public void read(VarState v, ThreadState t, int site, Object object) {
    access(v, false, t, site, object);
  }

  /** A write of {@code v} by {@code t} at {@code site}; see {@link #read}. */
  public void write(VarState v, ThreadState t, int site, Object object) {
    access(v, true, t, site, object);
  }

  private void access(VarState v, boolean write, ThreadState t, int site, Object object) {
    if (t.ignore > 0) {
      return;
    }
    long position = start(t);
    Conflicts found;
    synchronized (v) {
      found = rule(v, write, t, site, position);
    }
    reportEach(t, write, site, object, found);
  }

  /** An access of element {@code index} (in bounds) of {@code array}, whose shadow is {@code s}. */
  public void element(ArrayShadow s, int index, boolean write, ThreadState t, int site, Object array) {
    if (t.ignore > 0) {
      return;
    }
    long position = start(t);
    ArrayChunk c = s.chunk(index);
    int i = ArrayShadow.inChunk(index);
    VarState v = t.scratch();
    Conflicts found;
    synchronized (c) {
      found = Conflicts.append(null, rule(c, i, v, write, t, site, position), index);
    }
    reportEach(t, write, site, array, found);
  }

  /**
   * An access of elements {@code [from, end)} of {@code array} (in bounds), whose shadow is
   * {@code s}: each chunk it covers whole is one access of the chunk's whole-chunk state, then
   * one of each element's own state (see ArrayChunk); the elements of a chunk it covers in part,
   * one access each. A race on a whole chunk names its first element.
   */
  public void range(ArrayShadow s, int from, int end, boolean write, ThreadState t, int site, Object array) {
    if (t.ignore > 0) {
      return;
    }
    int kind = write ? ArrayChunk.WRITE : ArrayChunk.READ;
    boolean started = false;
    long position = 0;
    int i = from;
    while (i < end) {
      int first = ArrayShadow.chunkStart(i);
      int chunkEnd = Math.min(s.chunkEnd(i), end);
      ArrayChunk c = s.chunk(i);
      boolean whole = i == first && chunkEnd == first + c.size;
      if (!c.recorded(i - first, chunkEnd - first, whole, kind, t.epoch)) {
        if (!started) {
          position = start(t);
          started = true;
        }
        reportEach(t, write, site, array, rangeRule(c, first, i - first, chunkEnd - first, whole, write, t, site, position));
      }
      i = chunkEnd;
    }
  }

  /** The rule on elements {@code [from, to)} of chunk {@code c}, whose first element is {@code first}. */
  private static Conflicts rangeRule(ArrayChunk c, int first, int from, int to, boolean whole, boolean write,
      ThreadState t, int site, long position) {
    VarState v = t.scratch();
    int kind = write ? ArrayChunk.WRITE : ArrayChunk.READ;
    Conflicts found = null;
    synchronized (c) {
      if (whole) {
        found = Conflicts.append(found, rule(c.whole(), write, t, site, position), first);
        for (long own = c.owned(); own != 0; own &= own - 1) {
          int k = Long.numberOfTrailingZeros(own);
          if (c.epoch(k, kind) != t.epoch) {
            found = Conflicts.append(found, rule(c, k, v, write, t, site, position), first + k);
          }
        }
      } else {
        for (int k = from; k < to; k++) {
          if (c.epoch(k, kind) != t.epoch) {
            found = Conflicts.append(found, rule(c, k, v, write, t, site, position), first + k);
          }
        }
      }
    }
    return found;
  }

  /** What every checked access does first: its history position, where a report will find it. */
  private long start(ThreadState t) {
    t.step();
    if (t.staleLocks) {
      t.dropStaleMonitors(locks);
    }
    return t.moment();
  }

  /**
   * The rule on element {@code element} of {@code c}, held locked by the caller: in place when
   * the access is ordered after both last accesses (FastTrack's exclusive cases, the common
   * ones) and adds no candidate lock, else worked through {@code v}.
   */
  private static Conflicts rule(ArrayChunk c, int element, VarState v, boolean write, ThreadState t, int site,
      long position) {
    if (c.owns(element) && t.lockNames.length == 0) {
      long r = c.epoch(element, ArrayChunk.READ);
      if (r != VarState.SHARED && t.clock.covers(r) && t.clock.covers(c.epoch(element, ArrayChunk.WRITE))) {
        int kind = write ? ArrayChunk.WRITE : ArrayChunk.READ;
        if (c.epoch(element, kind) != t.epoch) {
          c.set(element, kind, t.epoch, site, position, t.at, t.lockSet);
        }
        return null;
      }
    }
    c.load(element, v);
    Conflicts found = rule(v, write, t, site, position);
    c.store(element, v);
    return found;
  }

  private static Conflicts rule(VarState v, boolean write, ThreadState t, int site, long position) {
    return write ? writeRule(v, t, site, position) : readRule(v, t, site, position);
  }

  /** FastTrack's read rule on {@code v}, held locked by the caller: the racing write, if any. */
  private static Conflicts readRule(VarState v, ThreadState t, int site, long position) {
    long e = t.epoch;
    long r = v.readEpoch;
    if (r == e || (r == VarState.SHARED && v.reads.clocks.get(t.tid) == Epoch.clock(e))) {
      return null;
    }
    String[] guards = guards(v, t);
    long w = v.writeEpoch;
    Conflicts found = t.clock.covers(w) ? null
        : new Conflicts(w, v.writeSite, v.writePosition, v.writeAt, v.writeLocks, true, guards);
    int at = t.at;
    int locks = t.lockSet;
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
    return found;
  }

  /** FastTrack's write rule on {@code v}, held locked by the caller: the racing accesses, if any. */
  private static Conflicts writeRule(VarState v, ThreadState t, int site, long position) {
    long e = t.epoch;
    long w = v.writeEpoch;
    if (w == e) {
      return null;
    }
    String[] guards = guards(v, t);
    Conflicts found = null;
    if (!t.clock.covers(w)) {
      found = Conflicts.append(found,
          new Conflicts(w, v.writeSite, v.writePosition, v.writeAt, v.writeLocks, true, guards), -1);
    }
    long r = v.readEpoch;
    if (r == VarState.SHARED) {
      ReadSet reads = v.reads;
      for (int tid = 0; tid < reads.size(); tid++) {
        long re = reads.epochOf(tid);
        if (!t.clock.covers(re)) {
          found = Conflicts.append(found, new Conflicts(re, reads.siteOf(tid), reads.positionOf(tid),
              reads.atOf(tid), reads.locksOf(tid), false, guards), -1);
        }
      }
      v.reads = null;
      v.readEpoch = Epoch.NONE;
    } else if (!t.clock.covers(r)) {
      found = Conflicts.append(found,
          new Conflicts(r, v.readSite, v.readPosition, v.readAt, v.readLocks, false, guards), -1);
    }
    v.writeEpoch = e;
    v.writeSite = site;
    v.writePosition = position;
    v.writeAt = t.at;
    v.writeLocks = t.lockSet;
    return found;
  }

  /** {@code v}'s candidate locks after an access by {@code t}, kept in {@code v}. */
  private static String[] guards(VarState v, ThreadState t) {
    String[] guards = Guards.with(v.guards, t.lockNames);
    if (guards != v.guards) {
      v.guards = guards; // only when it changes: a reference store costs a GC barrier
    }
    return guards;
  }

  /** Reports each race in {@code found}, on its element of {@code object} when that is an array. */
  private void reportEach(ThreadState t, boolean write, int site, Object object, Conflicts found) {
    for (Conflicts c = found; c != null; c = c.next) {
      report(t, write, site, object, c.index, c);
    }
  }

  private void report(ThreadState t, boolean write, int site, Object object, int index, Conflicts earlier) {
    ReportGuard g = guard;
    int[] inside = g.enter();
    try {
      reportGuarded(t, write, site, object, index, earlier, earlier.guards);
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

  /** Earlier accesses an access races with; made only when there is one. */
  private static final class Conflicts {
    final long epoch;
    final int site;
    final long position;
    final int at;
    final int locks;
    final boolean write;
    /** The variable's candidate locks after the racing access. */
    final String[] guards;
    /** The element raced on, or -1. */
    int index = -1;
    Conflicts next;

    Conflicts(long epoch, int site, long position, int at, int locks, boolean write, String[] guards) {
      this.epoch = epoch;
      this.site = site;
      this.position = position;
      this.at = at;
      this.locks = locks;
      this.write = write;
      this.guards = guards;
    }

    /** {@code list} then {@code more}, whose element is {@code index}. */
    static Conflicts append(Conflicts list, Conflicts more, int index) {
      for (Conflicts c = more; c != null; c = c.next) {
        c.index = index;
      }
      if (list == null) {
        return more;
      }
      Conflicts last = list;
      while (last.next != null) {
        last = last.next;
      }
      last.next = more;
      return list;
    }
  }
}
