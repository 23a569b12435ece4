package dev.jrace.shadow;

import java.util.Arrays;

/**
 * The clocks of memory locations used for synchronization (volatile fields, atomics): one per
 * (object, offset), the offset as {@code Unsafe} numbers it. Naming locations the way the JDK's
 * own atomics do makes a direct volatile write and a VarHandle or Unsafe compare-and-set of
 * the same field one location. Held weakly by object.
 */
public final class SyncLocations {
  private static final WeakIdentityMap.Factory<Slots> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public Slots create(Object key) {
      return new Slots();
    }
  };
  private final WeakIdentityMap<Slots> byObject = new WeakIdentityMap<>();

  /** The clock of the location, made if it has none yet (for a release). */
  public SyncClock clock(Object base, long offset) {
    return byObject.getOrCreate(base, NEW).clock(offset);
  }

  /** The clock of the location, or null if nothing was ever released there (for an acquire). */
  public SyncClock existing(Object base, long offset) {
    Slots s = byObject.get(base);
    return s == null ? null : s.existing(offset);
  }

  /** The few synchronization locations of one object. */
  private static final class Slots {
    private long[] offsets = new long[2];
    private SyncClock[] clocks = new SyncClock[2];
    private int size;

    synchronized SyncClock existing(long offset) {
      for (int i = 0; i < size; i++) {
        if (offsets[i] == offset) {
          return clocks[i];
        }
      }
      return null;
    }

    synchronized SyncClock clock(long offset) {
      SyncClock c = existing(offset);
      if (c == null) {
        if (size == offsets.length) {
          offsets = Arrays.copyOf(offsets, size * 2);
          clocks = Arrays.copyOf(clocks, size * 2);
        }
        offsets[size] = offset;
        c = clocks[size++] = new SyncClock();
      }
      return c;
    }
  }
}
