package dev.jrace.shadow;

/**
 * Shadows of the fields of classes loaded before jrace started (attached late, with
 * {@code JRace.install()}): those classes cannot take shadow fields, so each object (or, for a
 * static field, the class) keeps its fields' shadows in a weak side table, by field id. Slower
 * than a shadow field, as correct.
 */
public final class LateFields {
  private static final WeakIdentityMap<LateFields> TABLE = new WeakIdentityMap<>();
  private static final WeakIdentityMap.Factory<LateFields> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public LateFields create(Object holder) {
      return new LateFields();
    }
  };

  private int[] ids = new int[2];
  private VarState[] states = new VarState[2];
  private int size;

  private LateFields() {}

  /** The shadow of field {@code id} of {@code holder} (the object, or the class of a static field). */
  public static VarState of(Object holder, int id, ThreadState t) {
    return t.entry(holder, TABLE, NEW).value.get(id);
  }

  /** The same, looked up in the shared table every time (no per-thread cache): the naive dispatch's cost. */
  public static VarState ofUncached(Object holder, int id) {
    return TABLE.getOrCreate(holder, NEW).get(id);
  }

  private synchronized VarState get(int id) {
    for (int i = 0; i < size; i++) {
      if (ids[i] == id) {
        return states[i];
      }
    }
    if (size == ids.length) {
      ids = java.util.Arrays.copyOf(ids, size * 2);
      states = java.util.Arrays.copyOf(states, size * 2);
    }
    ids[size] = id;
    return states[size++] = new VarState();
  }
}
