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

  /** The thread's past happens before whatever acquires this clock next. */
  public void release(ThreadState t) {
    synchronized (this) {
      published.join(t.clock);
    }
    t.tick();
  }

  /** Everything released into this clock happens before the thread's future. */
  public void acquire(ThreadState t) {
    synchronized (this) {
      t.acquire(published);
    }
  }

  @Override
  public synchronized String toString() {
    return published.toString();
  }
}
