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

  /** The shadow of {@code array}, looked up in the shared table every time (no per-thread cache): the naive dispatch's cost. */
  public static ArrayShadow ofUncached(Object array) {
    return RaceRuntime.ARRAYS.getOrCreate(array, NEW);
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
