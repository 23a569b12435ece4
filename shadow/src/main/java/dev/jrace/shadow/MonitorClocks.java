package dev.jrace.shadow;

/**
 * Finds the clock of a monitor: first the one this thread used last, then the shared weak
 * table. The monitor thunks run while the object is locked, and hashing a locked object is a
 * call into the VM (the JIT's identity-hash intrinsic reads only an unlocked header), so a loop
 * that takes one lock again and again should not hash it at every enter and exit.
 */
public final class MonitorClocks {
  private MonitorClocks() {}

  /** The clock of {@code lock}, or null if nothing was ever released there (for an acquire). */
  public static SyncClock existing(Object lock, ThreadState t) {
    if (lock == null) {
      return null;
    }
    SyncClock c = t.lastMonitor(lock);
    if (c != null) {
      return c;
    }
    WeakIdentityMap.Entry<SyncClock> e = RaceRuntime.MONITORS.getEntry(lock);
    if (e == null) {
      return null;
    }
    t.lastMonitor(e);
    return e.value;
  }

  /** The clock of {@code lock} (not null), made if it has none (for a release). */
  public static SyncClock of(Object lock, ThreadState t) {
    SyncClock c = t.lastMonitor(lock);
    if (c != null) {
      return c;
    }
    WeakIdentityMap.Entry<SyncClock> e =
        RaceRuntime.MONITORS.getOrCreateEntry(lock, WeakIdentityMap.hash(lock), SyncClock.NEW);
    t.lastMonitor(e);
    return e.value;
  }
}
