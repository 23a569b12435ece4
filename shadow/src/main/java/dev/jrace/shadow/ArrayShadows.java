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

  /** The shadow of element {@code index} of {@code array}, or null when the index is out of bounds. */
  public static VarState cell(Object array, int index, ThreadState t) {
    ArrayShadow s = of(array, t);
    return index >= 0 && index < s.length ? s.cell(index) : null;
  }

  /** The same, looked up in the shared table every time (no per-thread cache): the naive dispatch's cost. */
  public static VarState cellUncached(Object array, int index) {
    ArrayShadow s = RaceRuntime.ARRAYS.getOrCreate(array, NEW);
    return index >= 0 && index < s.length ? s.cell(index) : null;
  }

  public static ArrayShadow of(Object array, ThreadState t) {
    ArrayShadow s = t.lastArray(array);
    return s != null ? s : lookup(array, t);
  }

  private static ArrayShadow lookup(Object array, ThreadState t) {
    WeakIdentityMap.Entry<ArrayShadow> e = t.entry(array, RaceRuntime.ARRAYS, NEW);
    t.lastArray(e);
    return e.value;
  }
}
