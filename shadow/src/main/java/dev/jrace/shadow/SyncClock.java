package dev.jrace.shadow;

/**
 * The clock of one synchronization object (a monitor, a volatile variable): what a release
 * published and the next acquire takes. Guarded by its own monitor, which jrace alone uses.
 */
public final class SyncClock {
  /** Makes the clock of an object on its first release. */
  public static final WeakIdentityMap.Factory<SyncClock> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public SyncClock create(Object key) {
      return new SyncClock();
    }
  };

  private final VectorClock published = new VectorClock();
  /**
   * The one thread whose releases this clock holds, if only one ever released into it: its own
   * acquire then takes nothing it does not know (a thread's clock only grows), so it is skipped.
   * Kept as the thread's first epoch (ids are reused by later threads, first epochs are not),
   * not as its state, which a clock must not keep alive.
   */
  private long soleReleaser = NOBODY;
  private static final long NOBODY = -1L;
  private static final long SEVERAL = -2L;
  /**
   * The epoch of the last release when it made this clock exactly its releaser's clock (the
   * releaser knew all that was published before: a lock's holder, a volatile's single writer),
   * else NONE. A thread whose clock covers that epoch knows all of it already, as clocks only
   * travel whole (ThreadRegistry.knowsAllBefore): its acquire takes nothing and skips this
   * clock's monitor, which every thread that reads the location would take.
   */
  private volatile long wholeAt = Epoch.NONE;

  /** The thread's past happens before whatever acquires this clock next. */
  public void release(ThreadState t) {
    synchronized (this) {
      wholeAt = published.joinCopying(t.clock) ? t.epoch : Epoch.NONE;
      if (soleReleaser == NOBODY) {
        soleReleaser = t.born;
      } else if (soleReleaser != t.born) {
        soleReleaser = SEVERAL;
      }
    }
    t.tick();
  }

  /** Everything released into this clock happens before the thread's future. */
  public void acquire(ThreadState t) {
    long w = wholeAt;
    if (w != Epoch.NONE && t.clock.covers(w) && t.registry.knowsAllBefore(w)) {
      return;
    }
    synchronized (this) {
      if (soleReleaser != t.born) {
        t.acquire(published);
      }
    }
  }

  @Override
  public synchronized String toString() {
    return published.toString();
  }
}
