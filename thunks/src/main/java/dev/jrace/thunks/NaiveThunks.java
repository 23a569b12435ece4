package dev.jrace.thunks;

import dev.jrace.shadow.ArrayShadow;
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
        Thunks.readSlow(v, t, site, null);
      }
    }
  }

  public static void write(Object holder, int field, int site) {
    if (holder != null) {
      ThreadState t = Thunks.current();
      VarState v = LateFields.ofUncached(holder, field);
      if (v.writeEpoch != t.epoch) {
        Thunks.writeSlow(v, t, site, null);
      }
    }
  }

  public static void readElement(Object array, int index, int site) {
    if (array != null) {
      ThreadState t = Thunks.current();
      ArrayShadow s = ArrayShadows.ofUncached(array);
      if (index >= 0 && index < s.length && s.readEpoch(index) != t.epoch) {
        Thunks.elementSlow(s, index, false, t, site, array);
      }
    }
  }


  public static void writeElement(Object array, int index, int site) {
    if (array != null) {
      ThreadState t = Thunks.current();
      ArrayShadow s = ArrayShadows.ofUncached(array);
      if (index >= 0 && index < s.length && s.writeEpoch(index) != t.epoch) {
        Thunks.elementSlow(s, index, true, t, site, array);
      }
    }
  }

}
