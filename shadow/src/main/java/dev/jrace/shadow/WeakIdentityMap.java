package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * Shadow state for objects jrace cannot add fields to (arrays, lock objects, threads), keyed by
 * identity and holding its keys weakly: an entry goes away with its key, so the detector keeps
 * no application object alive. Values must not refer to their keys.
 *
 * <p>The runtime uses no lambdas: linking one runs java.lang.invoke code that uses
 * java.util.concurrent, which jrace instruments, from inside jrace.
 *
 * <p>Lookups take no lock and allocate nothing; inserts lock one of a fixed set of segments.
 * An entry whose key the garbage collector cleared is dropped by the next inserts (through a
 * ReferenceQueue: the value, often large, must not outlive its key for long), and any left are
 * dropped when a segment is rebuilt, which an insert into a full segment does (growing it only
 * if enough entries are alive). The queue's own lock (java.util.concurrent from JDK 19 on) is
 * taken inside jrace, or by the JDK's reference handler, and so is never the program's.
 */
public final class WeakIdentityMap<V> {
  /** Makes the value for a key on first use. Must not keep the key. */
  public interface Factory<V> {
    V create(Object key);
  }

  /**
   * One key and its value; also usable as a cache slot, since it checks its own key. Once the
   * key is collected and the entry dropped, the value is let go too, however long a cache
   * still holds the entry.
   */
  public static final class Entry<V> extends WeakReference<Object> {
    final int hash;
    /** Null once dropped; read only after {@link #get} gave the key, which then is alive. */
    public V value;
    final Entry<V> next;

    Entry(Object key, int hash, V value, Entry<V> next, ReferenceQueue<Object> cleared) {
      super(key, cleared);
      this.hash = hash;
      this.value = value;
      this.next = next;
    }
  }

  private static final int SEGMENT_BITS = 4;
  /** Cleared entries an insert drops at most, so that no insert pays for a whole collection's worth. */
  private static final int PURGE = 64;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Entry[].class);

  private final Segment<V>[] segments;
  private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();

  @SuppressWarnings("unchecked")
  public WeakIdentityMap() {
    segments = new Segment[1 << SEGMENT_BITS];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new Segment<>(cleared);
    }
  }

  static int hash(Object key) {
    return spread(System.identityHashCode(key));
  }

  /** The hash of a key whose identity hash is {@code identityHash}. */
  static int spread(int identityHash) {
    return identityHash ^ (identityHash >>> 16);
  }

  public Entry<V> getEntry(Object key) {
    return getEntry(key, hash(key));
  }

  public Entry<V> getEntry(Object key, int hash) {
    return segmentFor(hash).find(key, hash);
  }

  public V get(Object key) {
    Entry<V> e = getEntry(key);
    return e == null ? null : e.value;
  }

  public Entry<V> getOrCreateEntry(Object key, int hash, Factory<V> factory) {
    Segment<V> s = segmentFor(hash);
    Entry<V> e = s.find(key, hash);
    if (e != null) {
      return e;
    }
    purge();
    return s.insert(key, hash, factory);
  }

  /** Drops entries whose keys were collected, each under its own segment's lock (never two at once). */
  @SuppressWarnings("unchecked")
  private void purge() {
    for (int n = 0; n < PURGE; n++) {
      Entry<V> e = (Entry<V>) cleared.poll();
      if (e == null) {
        return;
      }
      segmentFor(e.hash).remove(e);
      e.value = null;
    }
  }

  public V getOrCreate(Object key, Factory<V> factory) {
    return getOrCreateEntry(key, hash(key), factory).value;
  }

  /** The value of {@code key}, which becomes {@code value} if it had none. */
  public V putIfAbsent(Object key, V value) {
    return getOrCreate(key, new Factory<V>() {
      @Override
      public V create(Object k) {
        return value;
      }
    });
  }

  /** Number of live entries (dead ones are counted until their segment is rebuilt). */
  public int size() {
    int n = 0;
    for (Segment<V> s : segments) {
      n += s.size();
    }
    return n;
  }

  /** By the hash's top bits (identity hashes have 31), so buckets use the low ones. */
  private Segment<V> segmentFor(int hash) {
    return segments[(hash >>> (31 - SEGMENT_BITS)) & (segments.length - 1)];
  }

  private static final class Segment<V> {
    private volatile Entry<V>[] table = newTable(16);
    private int count;
    private final ReferenceQueue<Object> cleared;

    Segment(ReferenceQueue<Object> cleared) {
      this.cleared = cleared;
    }

    @SuppressWarnings("unchecked")
    private static <V> Entry<V>[] newTable(int n) {
      return new Entry[n];
    }

    @SuppressWarnings("unchecked")
    Entry<V> find(Object key, int hash) {
      Entry<V>[] t = table;
      for (Entry<V> e = (Entry<V>) SLOT.getAcquire(t, hash & (t.length - 1)); e != null; e = e.next) {
        if (e.get() == key) {
          return e;
        }
      }
      return null;
    }

    synchronized Entry<V> insert(Object key, int hash, Factory<V> factory) {
      Entry<V> found = find(key, hash);
      if (found != null) {
        return found;
      }
      Entry<V>[] t = table;
      if (count + 1 > t.length * 3 / 4) {
        t = rebuild(t.length);
      }
      int i = hash & (t.length - 1);
      @SuppressWarnings("unchecked")
      Entry<V> head = (Entry<V>) SLOT.getAcquire(t, i);
      Entry<V> e = new Entry<>(key, hash, factory.create(key), head, cleared);
      SLOT.setRelease(t, i, e);
      count++;
      return e;
    }

    /**
     * Unlinks {@code dead}, if it is still in the table (a rebuild may have dropped it): the
     * entries before it in its chain are copied, since lookups walk chains without a lock.
     */
    synchronized void remove(Entry<V> dead) {
      Entry<V>[] t = table;
      int i = dead.hash & (t.length - 1);
      @SuppressWarnings("unchecked")
      Entry<V> head = (Entry<V>) SLOT.getAcquire(t, i);
      boolean found = false;
      for (Entry<V> e = head; e != null; e = e.next) {
        if (e == dead) {
          found = true;
          break;
        }
      }
      if (!found) {
        return;
      }
      Entry<V> rest = dead.next;
      for (Entry<V> e = head; e != dead; e = e.next) {
        Object key = e.get();
        if (key != null) {
          rest = new Entry<>(key, e.hash, e.value, rest, cleared);
        } else {
          count--; // also dead: dropped with it (its own turn in the queue finds it gone)
        }
      }
      SLOT.setRelease(t, i, rest);
      count--;
    }

    /** Drops dead entries; doubles the table when more than half of it is still alive. */
    private Entry<V>[] rebuild(int length) {
      Entry<V>[] old = table;
      int live = 0;
      for (Entry<V> head : old) {
        for (Entry<V> e = head; e != null; e = e.next) {
          if (e.get() != null) {
            live++;
          }
        }
      }
      int size = live + 1 > length / 2 ? length * 2 : length;
      Entry<V>[] t = newTable(size);
      live = 0;
      for (Entry<V> head : old) {
        for (Entry<V> e = head; e != null; e = e.next) {
          Object key = e.get();
          if (key != null) {
            int i = e.hash & (size - 1);
            t[i] = new Entry<>(key, e.hash, e.value, t[i], cleared);
            live++;
          }
        }
      }
      count = live;
      table = t;
      return t;
    }

    synchronized int size() {
      int n = 0;
      for (Entry<V> head : table) {
        for (Entry<V> e = head; e != null; e = e.next) {
          if (e.get() != null) {
            n++;
          }
        }
      }
      return n;
    }
  }
}
