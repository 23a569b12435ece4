package dev.jrace.shadow;

/**
 * The few weak-table entries a thread used last, found again by the identity of their keys
 * without hashing them: the monitor thunks run while the object is locked, and hashing a locked
 * object is a call into the VM (the JIT's identity-hash intrinsic reads only an unlocked
 * header). Four, for monitors nested in one another. Only its own thread uses it.
 */
final class RecentEntries {
  private final WeakIdentityMap.Entry<?>[] entries = new WeakIdentityMap.Entry<?>[4];
  private int next;

  /** The value of the entry of {@code key}, if it is one of these, else null. */
  Object find(Object key) {
    for (WeakIdentityMap.Entry<?> e : entries) {
      if (e != null && key != null && e.get() == key) { // get, not refersTo: JDK 17 compiles only get into a load
        return e.value;
      }
    }
    return null;
  }

  /**
   * The value of {@code key} in {@code map}, made if it has none, looked up with {@code key}'s
   * identity hash {@code identityHash} and kept among these; for a key {@link #find} missed.
   */
  <V> V lookup(Object key, int identityHash, WeakIdentityMap<V> map, WeakIdentityMap.Factory<V> factory) {
    WeakIdentityMap.Entry<V> e = map.getOrCreateEntry(key, WeakIdentityMap.spread(identityHash), factory);
    add(e);
    return e.value;
  }

  /** Keeps {@code e} in place of the one kept longest. */
  private void add(WeakIdentityMap.Entry<?> e) {
    entries[next] = e;
    next = (next + 1) & (entries.length - 1);
  }

  void clear() {
    java.util.Arrays.fill(entries, null);
  }
}
