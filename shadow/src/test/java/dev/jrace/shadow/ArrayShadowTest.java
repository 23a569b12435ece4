package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An array's shadow: its elements' states, made a chunk at a time, and how a thread finds it. */
class ArrayShadowTest {
  private SiteTable sites;
  private int store;
  private ThreadRegistry registry;
  private List<Race> races;
  private Detector detector;

  @BeforeEach
  void setUp() {
    sites = new SiteTable();
    store = sites.add(new Site("com.acme.Table", "put", "Table.java", 20, null));
    registry = new ThreadRegistry();
    races = Collections.synchronizedList(new ArrayList<>());
    detector = new Detector(sites, registry, races::add);
  }

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  private static Object[] chunks(ArrayShadow s) throws ReflectiveOperationException {
    Field f = ArrayShadow.class.getDeclaredField("chunks");
    f.setAccessible(true);
    return (Object[]) f.get(s);
  }

  private static int chunksMade(ArrayShadow s) throws ReflectiveOperationException {
    int n = 0;
    for (Object chunk : chunks(s)) {
      if (chunk != null) {
        n++;
      }
    }
    return n;
  }

  @Test
  void keepsTheArraysLength() {
    assertEquals(1000, new ArrayShadow(1000).length);
    assertEquals(0, new ArrayShadow(0).length);
  }

  @Test
  void nothingIsMadeBeforeAnElementIsAccessed() throws Exception {
    ArrayShadow s = new ArrayShadow(1_000_000);
    assertEquals(0, chunksMade(s));
    assertEquals(Epoch.NONE, s.readEpoch(500_000));
    assertEquals(Epoch.NONE, s.writeEpoch(500_000));
  }

  @Test
  void accessingOneElementMakesOnlyItsChunkAndRecordsOnlyIt() throws Exception {
    ThreadState t = thread("t");
    int[] array = new int[1_000_000];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.element(s, 500_000, true, t, store, array);
    assertEquals(1, chunksMade(s));
    assertEquals(t.epoch, s.writeEpoch(500_000));
    assertEquals(Epoch.NONE, s.readEpoch(500_000));
    assertEquals(Epoch.NONE, s.writeEpoch(500_001));
    assertEquals(Epoch.NONE, s.writeEpoch(499_999));
  }

  @Test
  void theLastElementOfAnOddLengthArrayHasItsOwnState() {
    ThreadState t = thread("t");
    int[] array = new int[65];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.element(s, 64, false, t, store, array);
    assertEquals(t.epoch, s.readEpoch(64));
    assertEquals(Epoch.NONE, s.readEpoch(0));
  }

  @Test
  void threadsWritingDistinctElementsOfOneChunkAtOnceEachKeepTheirOwn() throws Exception {
    int threads = 8;
    int length = 256;
    ThreadState[] ts = new ThreadState[threads];
    for (int i = 0; i < threads; i++) {
      ts[i] = thread("t" + i);
    }
    for (int round = 0; round < 100; round++) {
      int[] array = new int[length];
      ArrayShadow s = new ArrayShadow(length);
      Concurrently.run(threads, me -> {
        for (int i = me; i < length; i += threads) { // every chunk, made by whoever comes first
          detector.element(s, i, true, ts[me], store, array);
        }
      });
      for (int i = 0; i < length; i++) {
        assertEquals(ts[i % threads].epoch, s.writeEpoch(i), "round " + round + " element " + i);
      }
      assertEquals(List.of(), races);
    }
  }

  // ---- ArrayShadows: finding an array's shadow

  @Test
  void anArraysShadowHasItsLengthAndIsFoundAgainByEveryThread() {
    ThreadState t = thread("t");
    long[] array = new long[70];
    ArrayShadow s = ArrayShadows.of(array, t, 1);
    assertEquals(70, s.length);
    assertSame(s, ArrayShadows.of(array, t, 1));
    assertSame(s, ArrayShadows.of(array, t, 2), "from another site");
    assertSame(s, ArrayShadows.of(array, thread("u"), 1), "shared between threads");
    assertSame(s, ArrayShadows.ofUncached(array));
    assertNotSame(s, ArrayShadows.of(new long[70], t, 1));
  }

  @Test
  void arraysCollidingInTheThreadsCachesKeepTheirOwnShadowsAlsoAfterTheCachesGrow() {
    ThreadState t = thread("t");
    List<int[]> arrays = new ArrayList<>();
    List<ArrayShadow> shadows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) { // the caches grow after a few hundred misses
      int[] a = new int[3];
      arrays.add(a);
      shadows.add(ArrayShadows.of(a, t, 1));
    }
    for (int i = 0; i < 1000; i++) {
      assertSame(shadows.get(i), ArrayShadows.of(arrays.get(i), t, 1), "array " + i);
    }
  }

  @Test
  void sitesSharingASlotOfTheThreadsCacheKeepTheirArraysApart() {
    ThreadState t = thread("t");
    int[] a = new int[3];
    int[] b = new int[3];
    ArrayShadow inA = ArrayShadows.of(a, t, 5);
    ArrayShadow inB = ArrayShadows.of(b, t, 5 + 64);
    assertNotSame(inA, inB);
    assertSame(inA, ArrayShadows.of(a, t, 5 + 64));
    assertSame(inB, ArrayShadows.of(b, t, 5));
    assertSame(inB, ArrayShadows.of(b, t, 5 + 64));
  }

  @Test
  void theSameElementIsOneVariableForEveryThreadAndNeighboursAreOthers() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    Object[] array = new Object[10];
    detector.element(ArrayShadows.of(array, t, 1), 4, true, t, store, array);
    detector.element(ArrayShadows.of(array, u, 1), 5, true, u, store, array);
    assertEquals(List.of(), races);
    detector.element(ArrayShadows.of(array, u, 2), 4, true, u, store, array);
    assertEquals(1, races.size());
    assertEquals("java.lang.Object[] element 4", races.get(0).variable());
  }
}
