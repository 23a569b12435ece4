package dev.jrace.shadow;

import java.lang.reflect.Array;

/** Finds an array's shadow: first in the thread's small cache, then in the shared weak table. */
public final class ArrayShadows {
  private static final WeakIdentityMap.Factory<ArrayShadow> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public ArrayShadow create(Object array) {
      return new ArrayShadow(Array.getLength(array));
    }
  };

  private ArrayShadows() {}

  /**
   * The shadow of element {@code index} of {@code array}, accessed at {@code site}, if it has
   * been made; null before its first access, or when the index is out of bounds. Never makes
   * anything but the array's shadow: what the thunks inline into every array access.
   */
  public static VarState madeCell(Object array, int index, ThreadState t, int site) {
    ArrayShadow s = of(array, t, site);
    return index >= 0 && index < s.length ? s.madeCell(index) : null;
  }

  /**
   * The shadow of element {@code index} of {@code array}, accessed at {@code site}, made on
   * first use; null when the index is out of bounds.
   */
  public static VarState cell(Object array, int index, ThreadState t, int site) {
    ArrayShadow s = of(array, t, site);
    return index >= 0 && index < s.length ? s.cell(index) : null;
  }

  /** The same, looked up in the shared table every time (no per-thread cache): the naive dispatch's cost. */
  public static VarState cellUncached(Object array, int index) {
    ArrayShadow s = RaceRuntime.ARRAYS.getOrCreate(array, NEW);
    return index >= 0 && index < s.length ? s.cell(index) : null;
  }

  /** The shadow of {@code array}, accessed at {@code site}. */
  public static ArrayShadow of(Object array, ThreadState t, int site) {
    ArrayShadow s = t.arrayAt(site, array);
    return s != null ? s : lookup(array, t, site);
  }

  private static ArrayShadow lookup(Object array, ThreadState t, int site) {
    WeakIdentityMap.Entry<ArrayShadow> e = t.entry(array, RaceRuntime.ARRAYS, NEW);
    t.arrayAt(site, e);
    return e.value;
  }
}
