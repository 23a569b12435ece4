package dev.jrace.thunks;

import dev.jrace.shadow.ArrayShadows;
import dev.jrace.shadow.LateFields;
import dev.jrace.shadow.ThreadState;
import dev.jrace.shadow.VarState;

/**
 * The straightforward dispatch ({@code mode=naive}), kept to measure what the real thunks save
 * (benchmarks/): every access fetches its thread's state from the ThreadLocal and its shadow from
 * the shared hash table, with no shadow field, no per-thread cache and no state kept in a local.
 * The detection rules are the same, so it reports the same races.
 */
public final class NaiveThunks {
  private NaiveThunks() {}

  /** A read of field {@code field} (a lateField id) of {@code holder}, the object or a static field's class. */
  public static void read(Object holder, int field, int site) {
    if (holder != null) {
      ThreadState t = Thunks.current();
      VarState v = LateFields.ofUncached(holder, field);
      if (v.readEpoch != t.epoch) {
        Thunks.readSlow(v, t, site, null, -1);
      }
    }
  }

  public static void write(Object holder, int field, int site) {
    if (holder != null) {
      ThreadState t = Thunks.current();
      VarState v = LateFields.ofUncached(holder, field);
      if (v.writeEpoch != t.epoch) {
        Thunks.writeSlow(v, t, site, null, -1);
      }
    }
  }

  public static void readElement(Object array, int index, int site) {
    if (array != null) {
      ThreadState t = Thunks.current();
      VarState v = ArrayShadows.cellUncached(array, index);
      if (v != null && v.readEpoch != t.epoch) {
        Thunks.readSlow(v, t, site, array, index);
      }
    }
  }

  public static void writeElement(Object array, int index, int site) {
    if (array != null) {
      ThreadState t = Thunks.current();
      VarState v = ArrayShadows.cellUncached(array, index);
      if (v != null && v.writeEpoch != t.epoch) {
        Thunks.writeSlow(v, t, site, array, index);
      }
    }
  }
}
