package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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

  /**
   * Those of {@code lock}, a JDK object whose monitor {@code t} enters; {@code identityHash}
   * is its identity hash (see MonitorClocks). Kept for the exit, and the accesses made under
   * the lock, to find without hashing.
   */
  public Slots entered(Object lock, int identityHash, ThreadState t) {
    Slots s = (Slots) t.syncObjects.find(lock);
    return s != null ? s : t.syncObjects.lookup(lock, identityHash, byObject, NEW);
  }

  /**
   * Those of {@code base}, found first among the objects {@code t} synchronized through lately
   * (an AtomicInteger, a lock's state, a monitor being left, an object used while it is locked:
   * ConcurrentHashMap writes the value of the node it locks, whose hash is a call into the VM),
   * else looked up and kept there.
   */
  public Slots of(Object base, ThreadState t) {
    Slots s = (Slots) t.syncObjects.find(base);
    return s != null ? s : t.syncObjects.lookup(base, System.identityHashCode(base), byObject, NEW);
  }

  /** The synchronization locations of one object, and whether the program uses them. */
  public static final class Slots {
    /** Decided on first use: whether the object belongs to the program's synchronization. */
    private volatile int owner;
    /**
     * The locations' offsets and clocks, found without a lock: an object's clocks are looked up
     * by every thread that synchronizes on it. Changed under this object's monitor.
     */
    private volatile Table table = Table.EMPTY;

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
      return table.find(offset);
    }

    /** The clock of a location, made if it has none yet (for a release). */
    public SyncClock clock(long offset) {
      SyncClock c = existing(offset);
      return c != null ? c : add(offset);
    }

    private synchronized SyncClock add(long offset) {
      SyncClock c = existing(offset);
      if (c == null) {
        c = new SyncClock();
        Table t = table.with(offset, c);
        if (t != table) {
          table = t;
        }
      }
      return c;
    }
  }

  /**
   * Offsets and their clocks. Most objects have one or two locations: a list, replaced whole
   * when one is added. An array used atomically (a ConcurrentHashMap's table, an AtomicLongArray)
   * has one per element: past {@link #LIST} entries, an open-addressing hash table, filled in
   * place (a slot is empty while its clock is null; the offset is written first, the clock
   * published after it) and replaced by one twice its size when half full.
   */
  private static final class Table {
    static final Table EMPTY = new Table(new long[0], new SyncClock[0], 0, false);
    private static final int LIST = 8;
    private static final VarHandle CLOCK = MethodHandles.arrayElementVarHandle(SyncClock[].class);
    final long[] offsets;
    final SyncClock[] clocks;
    /** Entries in use; changed by {@link #with} alone, under the Slots' monitor. */
    int size;
    final boolean hashed;

    Table(long[] offsets, SyncClock[] clocks, int size, boolean hashed) {
      this.offsets = offsets;
      this.clocks = clocks;
      this.size = size;
      this.hashed = hashed;
    }

    SyncClock find(long offset) {
      if (!hashed) {
        long[] o = offsets;
        for (int i = 0; i < o.length; i++) {
          if (o[i] == offset) {
            return clocks[i];
          }
        }
        return null;
      }
      int mask = clocks.length - 1;
      for (int i = slot(offset, mask); ; i = (i + 1) & mask) {
        SyncClock c = (SyncClock) CLOCK.getAcquire(clocks, i);
        if (c == null) {
          return null;
        }
        if (offsets[i] == offset) {
          return c;
        }
      }
    }

    /** This table with {@code offset}'s clock added, in place when there is room, else a new one. */
    Table with(long offset, SyncClock clock) {
      if (!hashed && size < LIST) {
        long[] o = Arrays.copyOf(offsets, size + 1);
        SyncClock[] c = Arrays.copyOf(clocks, size + 1);
        o[size] = offset;
        c[size] = clock;
        return new Table(o, c, size + 1, false);
      }
      if (!hashed || 2 * (size + 1) > clocks.length) {
        Table bigger = new Table(new long[Math.max(4 * LIST, 2 * clocks.length)],
            new SyncClock[Math.max(4 * LIST, 2 * clocks.length)], 0, true);
        for (int i = 0; i < clocks.length; i++) {
          if (clocks[i] != null) {
            bigger.put(offsets[i], clocks[i]);
          }
        }
        bigger.put(offset, clock);
        return bigger;
      }
      put(offset, clock);
      return this;
    }

    private void put(long offset, SyncClock clock) {
      int mask = clocks.length - 1;
      int i = slot(offset, mask);
      while (clocks[i] != null) {
        i = (i + 1) & mask;
      }
      offsets[i] = offset;
      CLOCK.setRelease(clocks, i, clock);
      size++;
    }

    /** Offsets of array elements differ in their low bits by a multiple of the element size: mixed. */
    private static int slot(long offset, int mask) {
      return (int) ((offset * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
  }
}
