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
   * Kept as the state, not the id, since ids are reused by later threads.
   */
  private ThreadState soleReleaser;
  private boolean released;

  /** The thread's past happens before whatever acquires this clock next. */
  public void release(ThreadState t) {
    synchronized (this) {
      published.join(t.clock);
      if (!released) {
        released = true;
        soleReleaser = t;
      } else if (soleReleaser != t) {
        soleReleaser = null;
      }
    }
    t.tick();
  }

  /** Everything released into this clock happens before the thread's future. */
  public void acquire(ThreadState t) {
    synchronized (this) {
      if (soleReleaser != t) {
        t.acquire(published);
      }
    }
  }

  @Override
  public synchronized String toString() {
    return published.toString();
  }
}
