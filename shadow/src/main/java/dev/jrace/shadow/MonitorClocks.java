package dev.jrace.shadow;

/**
 * Finds the clock of a monitor: first among those this thread used last (RecentEntries), then
 * in the shared weak table. The monitor thunks run while the object is locked, where hashing it
 * is a call into the VM; so the acquire thunk of a {@code monitorenter} is given the identity
 * hash taken just before it, and makes the clock then, for the release to find without hashing.
 */
public final class MonitorClocks {
  private MonitorClocks() {}

  /**
   * The clock of {@code lock} (not null), made if it has none, as it is entered;
   * {@code identityHash} is its identity hash.
   */
  public static SyncClock entered(Object lock, int identityHash, ThreadState t) {
    SyncClock c = (SyncClock) t.monitors.find(lock);
    return c != null ? c : t.monitors.lookup(lock, identityHash, RaceRuntime.MONITORS, SyncClock.NEW);
  }

  /** The clock of {@code lock} (not null), made if it has none; hashes it only if this thread did not use it lately. */
  public static SyncClock of(Object lock, ThreadState t) {
    SyncClock c = (SyncClock) t.monitors.find(lock);
    return c != null ? c
        : t.monitors.lookup(lock, System.identityHashCode(lock), RaceRuntime.MONITORS, SyncClock.NEW);
  }
}
