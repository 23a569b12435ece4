package dev.jrace.shadow;

import java.util.Arrays;

/**
 * The clocks of memory locations used for synchronization (volatile fields, atomics, monitors
 * of JDK objects): one per (object, offset), the offset as {@code Unsafe} numbers it. Naming
 * locations the way the JDK's own atomics do makes a direct volatile write and a VarHandle or
 * Unsafe compare-and-set of the same field one location. Held weakly by object.
 */
public final class SyncLocations {
  private static final WeakIdentityMap.Factory<Slots> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public Slots create(Object key) {
      return new Slots();
    }
  };
  private final WeakIdentityMap<Slots> byObject = new WeakIdentityMap<>();

  /** The synchronization locations of {@code base}, made on first use. */
  public Slots of(Object base) {
    return byObject.getOrCreate(base, NEW);
  }

  /** The few synchronization locations of one object, and whether the program uses them. */
  public static final class Slots {
    /** Decided on first use: whether the object belongs to the program's synchronization. */
    private volatile int owner;

    private long[] offsets = new long[2];
    private SyncClock[] clocks = new SyncClock[2];
    private int size;

    /** Null until decided; then true for the program's objects, false for the JDK's own. */
    public Boolean program() {
      int o = owner;
      return o == 0 ? null : o == 1;
    }

    public void decide(boolean program) {
      owner = program ? 1 : 2;
    }

    /** The clock of a location, or null if nothing was ever released there (for an acquire). */
    public synchronized SyncClock existing(long offset) {
      for (int i = 0; i < size; i++) {
        if (offsets[i] == offset) {
          return clocks[i];
        }
      }
      return null;
    }

    /** The clock of a location, made if it has none yet (for a release). */
    public synchronized SyncClock clock(long offset) {
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
