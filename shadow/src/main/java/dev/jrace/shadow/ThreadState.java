package dev.jrace.shadow;

/**
 * Everything jrace keeps for one running thread: its id, its vector clock, its current epoch,
 * its shadow call stack. Only its own thread changes it, so nothing here is locked; other
 * threads read its clock only after a happens-before edge (join) makes that safe.
 */
public final class ThreadState {
  /**
   * This thread's slot in every vector clock. Ids are reused after threads end, and taken from
   * idle threads when live ones hold them all (see ThreadRegistry): so it may change.
   */
  public int tid;
  /** Set when the registry gave this thread's id to another: it takes a new one at its next step. */
  volatile boolean lostId;
  /** Set at every step that records, cleared by the registry's hand: this thread is not idle. */
  boolean recent = true;
  final ThreadRegistry registry;
  /** Epoch of this thread's current moment: {@code Epoch.of(tid, clock.get(tid))}. */
  public long epoch;
  /** This thread's first epoch: names it among every thread that had or will have its id. */
  final long born;
  /** Greater than zero while accesses are not recorded (inside a static initializer). */
  public int ignore;
  /**
   * The unit of work (a test) this thread works for, 0 for none: set by a test framework's
   * hook, handed to the threads it starts and the pool tasks it submits, so a race found in
   * any of them is laid at that test's door.
   */
  public int scope;

  final VectorClock clock;
  final ThreadInfo info;
  /**
   * The site of the call the current method is making, set by instrumented code just before
   * each call: the callee's frame records it, so restored stacks have a line for every frame.
   */
  public int at;

  /** The shadow call stack: {@code (callerSite << 32) | method} per frame (see History). */
  private long[] frames = new long[64];
  /** Null once the thread has ended (its {@link ThreadInfo} keeps it for reports a while longer). */
  private History history = History.make();
  /** The submissions of the tasks this thread ran, once it runs one. */
  private TaskLog tasks;
  /**
   * Frames on the shadow call stack. Public for one reader: the handler by which an
   * instrumented method leaves on an exception pops its frame with field accesses, since a call
   * there may find no stack left (a StackOverflowError unwinding).
   */
  public int depth;
  /**
   * Arrays and JDK objects this thread looked up, by identity hash. This cache and the next are
   * made on first use and small (a thread that touches no array has none, most threads are
   * short); both grow once the thread has missed them often ({@link #sized}).
   */
  private WeakIdentityMap.Entry<?>[] cache;
  /**
   * The array each access site of this thread touched last, by site id modulo its length: a
   * site in a loop mostly touches one array again and again.
   */
  private WeakIdentityMap.Entry<?>[] arraysBySite;
  private int cacheMisses;
  private WeakIdentityMap.Entry<?> lastObject;
  /** The monitors (their clocks' entries) this thread entered or left last. */
  final RecentEntries monitors = new RecentEntries();
  /** The JDK objects (their Slots' entries) this thread synchronized through last: monitors, atomics. */
  final RecentEntries syncObjects = new RecentEntries();
  private static final int SMALL_CACHE = 8;
  private static final int LARGE_CACHE = 64;
  private static final int MISSES_TO_GROW = 256;
  /** Where Detector works on an array element's state (kept flat in its chunk), made on first use. */
  private VarState scratch;

  ThreadState(ThreadRegistry registry, int tid, long firstClock, ThreadInfo info, VectorClock startedWith) {
    this.registry = registry;
    this.tid = tid;
    this.info = info;
    info.history(history);
    this.clock = startedWith == null ? new VectorClock() : new VectorClock(startedWith);
    clock.advance(tid, firstClock);
    this.epoch = Epoch.of(tid, firstClock);
    this.born = epoch;
  }

  /**
   * Lets go of what only a running thread needs, once it has ended: its state stays reachable
   * (from its Thread, for whoever joins it) as long as the program keeps the Thread.
   */
  void retire() {
    history = null;
    tasks = null;
    cache = null;
    arraysBySite = null;
    lastObject = null;
    monitors.clear();
    syncObjects.clear();
    scratch = null;
    frames = java.util.Arrays.copyOf(frames, Math.max(depth, 1)); // still usable, should it run on
  }

  VarState scratch() {
    VarState v = scratch;
    return v != null ? v : (scratch = new VarState());
  }

  public ThreadInfo info() {
    return info;
  }

  /** A copy of this thread's vector clock now. */
  public VectorClock snapshot() {
    return new VectorClock(clock);
  }

  /** Called before this thread records its epoch anywhere: it must have an id of its own. */
  void step() {
    recent = true;
    if (lostId) {
      registry.reattach(this);
    }
  }

  /** Continues under {@code newTid} from (at least) {@code first}: what the clock knows stays. */
  void moveTo(int newTid, long first) {
    long c = Math.max(clock.get(newTid) + 1, first);
    clock.advance(newTid, c);
    tid = newTid;
    epoch = Epoch.of(newTid, c);
  }

  /** Starts a new epoch; called after every release, so later accesses are not covered by it. */
  void tick() {
    step();
    long c = Math.min(clock.get(tid) + 1, Epoch.MAX_CLOCK - 1); // never the epoch of VarState.SHARED
    clock.advance(tid, c);
    epoch = Epoch.of(tid, c);
  }

  /** Joins a clock published by another thread (start, join, lock, volatile). */
  void acquire(VectorClock published) {
    clock.join(published);
  }

  public void enter(int method) {
    push(((long) at << 32) | (method & 0xFFFFFFFFL));
  }

  private void push(long frame) {
    if (depth == frames.length) {
      frames = java.util.Arrays.copyOf(frames, depth * 2);
    }
    History h = history;
    if (h != null) {
      h.enter(frame, frames, depth);
    }
    frames[depth++] = frame;
  }

  public void exit() {
    if (depth > 0) {
      depth--;
    }
  }

  /** Where this thread is now, as the submitter of {@code task}. */
  Submission submission(Object task) {
    return new Submission(task, info, java.util.Arrays.copyOf(frames, depth), at, scope);
  }

  /**
   * Starts a task submitted at {@code s}: a mark frame under the task's frames says where it
   * came from. Returns the depth to go back to when the task is over ({@link #endTask}).
   */
  int beginTask(Submission s) {
    TaskLog log = tasks;
    if (log == null) {
      log = tasks = new TaskLog();
      info.tasks(log);
    }
    int before = depth;
    push(TaskMarks.mark(log.add(s, scope)));
    scope = s.scope;
    return before;
  }

  /**
   * Ends the task {@link #beginTask} began, whatever its frames left behind (-1 is no task):
   * the thread works for the scope it worked for before the task again.
   */
  public void endTask(int before) {
    TaskLog log = tasks;
    if (log != null && before >= 0 && before < depth && TaskMarks.isMark(frames[before])) {
      Integer outer = log.scopeBefore(TaskMarks.number(frames[before]));
      if (outer != null) {
        scope = outer;
      }
      depth = before;
    }
  }

  /** Where the task this thread is running now was submitted, or null when not known or none. */
  TaskOrigin taskOrigin(SiteTable sites) {
    return RestoredStack.task(sites, java.util.Arrays.copyOf(frames, depth), tasks);
  }

  /** Where this thread is now, for an access it records (see History.moment); 0 without history. */
  long moment() {
    History h = history;
    return h == null ? 0 : h.moment(depth);
  }

  /** The locks this thread holds now, as a set of {@link LockSets} (0: none). */
  public int lockSet;
  /** The names of the locks of {@link #lockSet}, kept with it so accesses need not look them up. */
  String[] lockNames = LockSets.NO_NAMES;
  private Object[] heldLocks = new Object[4];
  private int[] heldSets = new int[4];
  /**
   * The depth of the shadow stack where each hold of a monitor was taken, -1 for a Lock's: a
   * monitor is given back before the frame that took it is left.
   */
  private int[] heldDepths = new int[4];
  private int held;
  /**
   * Set when a monitor's release could not be noted (no stack left to run it: a
   * StackOverflowError unwinding a synchronized block): the last holds are checked at the next
   * lock, unlock or slow-path access ({@link #dropStaleMonitors}).
   */
  public boolean staleLocks;
  private static final int LOCK_CACHE = 16;
  private final long[] lockKeys = newLockKeys();
  private final int[] lockValues = new int[LOCK_CACHE];

  private static long[] newLockKeys() {
    long[] keys = new long[LOCK_CACHE];
    java.util.Arrays.fill(keys, -1L); // no set is -1
    return keys;
  }

  /** The program took {@code lock} at {@code site}, a java.util.concurrent Lock. */
  public void locked(Object lock, int site, LockSets sets) {
    locked(lock, site, sets, false);
  }

  /** The program entered the monitor of {@code lock} at {@code site}. */
  public void lockedMonitor(Object lock, int site, LockSets sets) {
    locked(lock, site, sets, true);
  }

  private void locked(Object lock, int site, LockSets sets, boolean monitor) {
    if (staleLocks) {
      dropStaleMonitors(sets);
    }
    if (held == heldLocks.length) {
      heldLocks = java.util.Arrays.copyOf(heldLocks, held * 2);
      heldSets = java.util.Arrays.copyOf(heldSets, held * 2);
      heldDepths = java.util.Arrays.copyOf(heldDepths, held * 2);
    }
    heldLocks[held] = lock;
    heldDepths[held] = monitor ? depth : -1;
    heldSets[held++] = lockSet;
    lockSet = with(lockSet, site, sets);
    lockNames = sets.names(lockSet);
  }

  /** {@code sets.with}, through a small cache of this thread's own: most threads take few distinct locks. */
  private int with(int set, int site, LockSets sets) {
    long key = ((long) set << 32) | (site & 0xFFFFFFFFL);
    int i = (int) (key ^ (key >>> 29)) & (LOCK_CACHE - 1);
    if (lockKeys[i] == key) {
      return lockValues[i];
    }
    int child = sets.with(set, site);
    lockKeys[i] = key;
    lockValues[i] = child;
    return child;
  }

  /** The program let go of {@code lock}: the last hold of it taken ends (locks may end out of order). */
  public void unlocked(Object lock, LockSets sets) {
    if (staleLocks) {
      dropStaleMonitors(sets);
    }
    for (int i = held - 1; i >= 0; i--) {
      if (heldLocks[i] == lock) {
        drop(i, sets);
        return;
      }
    }
  }

  private void drop(int i, LockSets sets) {
    int[] sites = i == held - 1 ? null : sets.sites(lockSet);
    int set = heldSets[i];
    System.arraycopy(heldLocks, i + 1, heldLocks, i, held - i - 1);
    System.arraycopy(heldDepths, i + 1, heldDepths, i, held - i - 1);
    held--;
    heldLocks[held] = null;
    if (sites != null) { // out of order: the holds taken after it are taken again on top
      for (int j = i; j < held; j++) {
        heldSets[j] = set;
        set = with(set, sites[j + 1], sets);
      }
    }
    lockSet = set;
    lockNames = sets.names(set);
  }

  /**
   * Drops the last holds noted while they are of monitors given back unnoted (see
   * {@link #staleLocks}): taken in a frame since left, or that the JVM says this thread no longer
   * holds (only on this thread: the JVM tells which monitors the current one holds). Monitors
   * are given back last taken first, so the stale holds are the last ones.
   */
  public void dropStaleMonitors(LockSets sets) {
    staleLocks = false;
    while (held > 0) {
      int i = held - 1;
      int at = heldDepths[i];
      if (at < 0 || at <= depth && Thread.holdsLock(heldLocks[i])) {
        return;
      }
      drop(i, sets);
    }
  }

  /** Depth of the shadow call stack (instrumented frames only). */
  public int depth() {
    return depth;
  }

  /**
   * Shadow of {@code array} if it is the array this thread last touched at {@code site} (or at
   * a site sharing its slot), else null.
   */
  ArrayShadow arrayAt(int site, Object array) {
    WeakIdentityMap.Entry<?>[] bySite = arraysBySite;
    if (bySite != null) {
      WeakIdentityMap.Entry<?> e = bySite[site & (bySite.length - 1)];
      if (e != null && e.get() == array) {
        return (ArrayShadow) e.value;
      }
    }
    return null;
  }

  /** Shadow of the JDK object this thread called last, if {@code object} is that one, else null. */
  VarState lastObject(Object object) {
    WeakIdentityMap.Entry<?> e = lastObject;
    return e != null && e.get() == object ? (VarState) e.value : null;
  }

  /**
   * The entry of {@code key} in {@code map}, made if it has none: from this thread's cache of
   * arrays and JDK objects, else looked up and cached. Arrays and JDK objects are different
   * objects and live in different maps, so a key always finds its own kind of entry.
   */
  @SuppressWarnings("unchecked")
  <V> WeakIdentityMap.Entry<V> entry(Object key, WeakIdentityMap<V> map, WeakIdentityMap.Factory<V> factory) {
    int hash = WeakIdentityMap.hash(key);
    WeakIdentityMap.Entry<?>[] cache = this.cache;
    if (cache != null) {
      WeakIdentityMap.Entry<?> e = cache[hash & (cache.length - 1)];
      if (e != null && e.get() == key) {
        return (WeakIdentityMap.Entry<V>) e;
      }
    }
    WeakIdentityMap.Entry<V> found = map.getOrCreateEntry(key, hash, factory);
    WeakIdentityMap.Entry<?>[] sized = sized(cache);
    if (sized != cache) {
      this.cache = sized;
    }
    sized[hash & (sized.length - 1)] = found;
    return found;
  }

  void arrayAt(int site, WeakIdentityMap.Entry<ArrayShadow> entry) {
    WeakIdentityMap.Entry<?>[] sized = sized(arraysBySite);
    if (sized != arraysBySite) {
      arraysBySite = sized;
    }
    sized[site & (sized.length - 1)] = entry;
  }

  /** A cache after a miss: made small, or grown (emptied) once this thread has missed often. */
  private WeakIdentityMap.Entry<?>[] sized(WeakIdentityMap.Entry<?>[] c) {
    if (c == null) {
      return new WeakIdentityMap.Entry<?>[SMALL_CACHE];
    }
    if (c.length == SMALL_CACHE && ++cacheMisses >= MISSES_TO_GROW) {
      return new WeakIdentityMap.Entry<?>[LARGE_CACHE];
    }
    return c;
  }

  void lastObject(WeakIdentityMap.Entry<VarState> entry) {
    lastObject = entry;
  }

  @Override
  public String toString() {
    return "thread " + tid + " \"" + info.name() + "\" " + clock;
  }
}
