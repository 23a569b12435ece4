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
    /**
     * The locations' offsets and clocks, replaced whole when one is added (objects have one or
     * two), so that finding one takes no lock: an object's clocks are looked up by every thread
     * that synchronizes on it.
     */
    private volatile Table table = Table.EMPTY;

    private static final class Table {
      static final Table EMPTY = new Table(new long[0], new SyncClock[0]);
      final long[] offsets;
      final SyncClock[] clocks;

      Table(long[] offsets, SyncClock[] clocks) {
        this.offsets = offsets;
        this.clocks = clocks;
      }
    }

    /** Null until decided; then true for the program's objects, false for the JDK's own. */
    public Boolean program() {
      int o = owner;
      return o == 0 ? null : o == 1;
    }

    public void decide(boolean program) {
      owner = program ? 1 : 2;
    }

    /** The clock of a location, or null if nothing was ever released there (for an acquire). */
    public SyncClock existing(long offset) {
      Table t = table;
      long[] offsets = t.offsets;
      for (int i = 0; i < offsets.length; i++) {
        if (offsets[i] == offset) {
          return t.clocks[i];
        }
      }
      return null;
    }

    /** The clock of a location, made if it has none yet (for a release). */
    public SyncClock clock(long offset) {
      SyncClock c = existing(offset);
      return c != null ? c : add(offset);
    }

    private synchronized SyncClock add(long offset) {
      SyncClock c = existing(offset);
      if (c == null) {
        Table t = table;
        int n = t.offsets.length;
        long[] offsets = Arrays.copyOf(t.offsets, n + 1);
        SyncClock[] clocks = Arrays.copyOf(t.clocks, n + 1);
        offsets[n] = offset;
        c = clocks[n] = new SyncClock();
        table = new Table(offsets, clocks);
      }
      return c;
    }
  }
}
