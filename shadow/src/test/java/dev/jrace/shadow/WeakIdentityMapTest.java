package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WeakIdentityMapTest {
  private final WeakIdentityMap<Object> map = new WeakIdentityMap<>();

  @Test
  void anAbsentKeyHasNoValue() {
    assertNull(map.get(new Object()));
    assertNull(map.getEntry(new Object()));
    assertEquals(0, map.size());
  }

  @Test
  void keysAreComparedByIdentityNotEquals() {
    String a = new String("key");
    String b = new String("key");
    Object va = map.getOrCreate(a, k -> new Object());
    Object vb = map.getOrCreate(b, k -> new Object());
    assertNotSame(va, vb);
    assertSame(va, map.get(a));
    assertSame(vb, map.get(b));
    assertNull(map.get(new String("key")));
    assertEquals(2, map.size());
  }

  @Test
  void getOrCreateReturnsTheSameValueForTheSameKeyAndCreatesItOnce() {
    Object key = new Object();
    AtomicInteger made = new AtomicInteger();
    Object first = map.getOrCreate(key, k -> {
      made.incrementAndGet();
      return new Object();
    });
    Object second = map.getOrCreate(key, k -> {
      made.incrementAndGet();
      return new Object();
    });
    assertSame(first, second);
    assertSame(first, map.get(key));
    assertEquals(1, made.get());
    assertEquals(1, map.size());
  }

  @Test
  void theFactoryIsGivenTheKey() {
    Object key = new Object();
    AtomicInteger seen = new AtomicInteger();
    map.getOrCreate(key, k -> {
      assertSame(key, k);
      seen.incrementAndGet();
      return "v";
    });
    assertEquals(1, seen.get());
  }

  @Test
  void anEntryNamesItsKeyAndValue() {
    Object key = new Object();
    Object value = new Object();
    WeakIdentityMap.Entry<Object> e =
        map.getOrCreateEntry(key, WeakIdentityMap.hash(key), k -> value);
    assertSame(key, e.get());
    assertSame(value, e.value);
    assertSame(e, map.getEntry(key));
    assertSame(e, map.getEntry(key, WeakIdentityMap.hash(key)));
  }

  @Test
  void manyKeysAllKeepTheirValuesAcrossGrowth() {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Object k = new Object();
      keys.add(k);
      final int n = i;
      map.getOrCreate(k, key -> n);
    }
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, map.get(keys.get(i)));
    }
    assertEquals(20_000, map.size());
  }

  @Test
  void concurrentGetOrCreateYieldsOneValuePerKey() throws Exception {
    int threads = 8;
    int rounds = 30;
    int keys = 2_000;
    for (int round = 0; round < rounds; round++) {
      WeakIdentityMap<Object> m = new WeakIdentityMap<>();
      Object[] shared = new Object[keys];
      for (int i = 0; i < keys; i++) {
        shared[i] = new Object();
      }
      AtomicInteger made = new AtomicInteger();
      Object[][] seen = new Object[threads][keys];
      Concurrently.run(threads, me -> {
        for (int i = 0; i < keys; i++) {
          int k = me < threads - 2 ? i : keys - 1 - i; // most in step, two from the far end
          seen[me][k] = m.getOrCreate(shared[k], key -> {
            made.incrementAndGet();
            return new Object();
          });
        }
      });
      for (int k = 0; k < keys; k++) {
        for (int t = 1; t < threads; t++) {
          assertSame(seen[0][k], seen[t][k], "round " + round + " key " + k + " thread " + t);
        }
        assertSame(seen[0][k], m.get(shared[k]));
      }
      assertEquals(keys, made.get(), "the factory runs once per key");
      assertEquals(keys, m.size());
    }
  }

  @Test
  void entriesDoNotKeepTheirKeysAlive() throws Exception {
    int n = 20_000;
    WeakReference<Object> probe = fillWithGarbage(n);
    for (int i = 0; i < 50 && probe.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertNull(probe.get(), "the map kept a key alive");
    // more inserts make the segments rebuild and drop the dead entries
    List<Object> live = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Object k = new Object();
      live.add(k);
      map.getOrCreate(k, key -> "live");
    }
    int size = map.size();
    assertTrue(size >= n, "live keys lost: " + size);
    assertTrue(size < n + n / 2, "dead entries still counted: " + size);
    int kept = Arrays.stream(stored(map)).sum();
    assertTrue(kept < n + n / 2, "dead entries still stored: " + kept);
    for (Object k : live) {
      assertEquals("live", map.get(k));
    }
  }

  private WeakReference<Object> fillWithGarbage(int n) {
    WeakReference<Object> probe = null;
    for (int i = 0; i < n; i++) {
      Object k = new Object();
      map.getOrCreate(k, key -> "dead");
      if (i == n / 2) {
        probe = new WeakReference<>(k);
      }
    }
    return probe;
  }

  /** Entries each segment holds, dead or alive (the map's private bookkeeping). */
  private static int[] stored(WeakIdentityMap<?> map) throws ReflectiveOperationException {
    Field segmentsField = WeakIdentityMap.class.getDeclaredField("segments");
    segmentsField.setAccessible(true);
    Object[] segments = (Object[]) segmentsField.get(map);
    int[] counts = new int[segments.length];
    for (int i = 0; i < segments.length; i++) {
      Field table = segments[i].getClass().getDeclaredField("table");
      table.setAccessible(true);
      for (Object head : (Object[]) table.get(segments[i])) {
        for (WeakIdentityMap.Entry<?> e = (WeakIdentityMap.Entry<?>) head; e != null; e = e.next) {
          counts[i]++;
        }
      }
    }
    return counts;
  }

  @Test
  void keysSpreadOverAllSegments() throws Exception {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      Object k = new Object();
      keys.add(k);
      map.getOrCreate(k, key -> "v");
    }
    int[] perSegment = stored(map);
    for (int i = 0; i < perSegment.length; i++) {
      assertTrue(perSegment[i] > 0, "segment " + i + " unused: " + Arrays.toString(perSegment));
    }
    assertEquals(keys.size(), map.size());
  }

  /**
   * The value of a collected key goes soon after its key: the next inserts drop the entry, so
   * a large shadow (an array's) does not wait for its segment to fill up and be rebuilt.
   */
  @Test
  void theValueOfACollectedKeyIsDroppedByTheNextInserts() throws Exception {
    Object key = new Object();
    WeakReference<Object> value = new WeakReference<>(map.getOrCreate(key, k -> new StringBuilder(1 << 20)));
    key = null;
    List<Object> keep = collectWhileInserting(value);
    assertNull(value.get(), "the value of a collected key is still reachable from the map");
    assertEquals(keep.size(), map.size());
  }

  /**
   * Threads cache entries (ThreadState): an entry still held there must not keep the value of
   * its collected key, which may be the shadow of a large array.
   */
  @Test
  void anEntryHeldElsewhereDoesNotKeepTheValueOfItsCollectedKey() throws Exception {
    Object key = new Object();
    WeakIdentityMap.Entry<Object> held = map.getOrCreateEntry(key, WeakIdentityMap.hash(key), k -> new StringBuilder(1 << 20));
    WeakReference<Object> value = new WeakReference<>(held.value);
    key = null;
    collectWhileInserting(value);
    assertNull(value.get(), "an entry held elsewhere keeps the value of its collected key");
    assertNull(held.get());
  }

  /**
   * Collects garbage and inserts a new key, until {@code value} is collected or 50 rounds have
   * passed (an insert drops what the collector cleared); returns the keys inserted.
   */
  private List<Object> collectWhileInserting(WeakReference<Object> value) throws InterruptedException {
    List<Object> keep = new ArrayList<>();
    for (int round = 0; round < 50 && value.get() != null; round++) {
      System.gc();
      Thread.sleep(20);
      Object another = new Object();
      keep.add(another);
      map.getOrCreate(another, k -> new Object());
    }
    return keep;
  }
}
