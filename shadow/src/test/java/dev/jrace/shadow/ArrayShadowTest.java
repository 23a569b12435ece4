package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArrayShadowTest {

  private static Object[] chunks(ArrayShadow s) throws ReflectiveOperationException {
    Field f = ArrayShadow.class.getDeclaredField("chunks");
    f.setAccessible(true);
    return (Object[]) f.get(s);
  }

  private static int made(ArrayShadow s) throws ReflectiveOperationException {
    int n = 0;
    for (Object chunk : chunks(s)) {
      if (chunk != null) {
        Object[] cells = (Object[]) chunk;
        for (int i = 0; i < cells.length - 1; i++) { // the last is the whole-chunk state
          if (cells[i] != null) {
            n++;
          }
        }
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
  void nothingIsMadeBeforeAnElementIsTouched() throws Exception {
    ArrayShadow s = new ArrayShadow(1_000_000);
    for (Object chunk : chunks(s)) {
      assertNull(chunk);
    }
    assertEquals(0, made(s));
  }

  @Test
  void touchingOneElementMakesOnlyItsCell() throws Exception {
    ArrayShadow s = new ArrayShadow(1_000_000);
    s.cell(500_000);
    assertEquals(1, made(s));
    int chunksMade = 0;
    for (Object chunk : chunks(s)) {
      if (chunk != null) {
        chunksMade++;
      }
    }
    assertEquals(1, chunksMade);
  }

  @Test
  void aCellStartsWithNoAccess() {
    VarState v = new ArrayShadow(10).cell(3);
    assertEquals(Epoch.NONE, v.readEpoch);
    assertEquals(Epoch.NONE, v.writeEpoch);
    assertNull(v.reads);
  }

  @Test
  void theSameIndexGivesTheSameCellAndDifferentIndexesDifferentCells() {
    ArrayShadow s = new ArrayShadow(200);
    IdentityHashMap<VarState, Integer> cells = new IdentityHashMap<>();
    for (int i = 0; i < 200; i++) {
      VarState v = s.cell(i);
      assertNotNull(v);
      assertSame(v, s.cell(i));
      cells.put(v, i);
    }
    assertEquals(200, cells.size());
    for (int i = 0; i < 200; i++) {
      assertEquals(i, cells.get(s.cell(i)));
    }
  }

  @Test
  void theFirstAndLastElementsOfAnOddLengthArrayHaveCells() {
    ArrayShadow s = new ArrayShadow(65);
    assertNotSame(s.cell(0), s.cell(64));
    assertSame(s.cell(64), s.cell(64));
  }

  @Test
  void concurrentCellCallsYieldOneCellPerIndex() throws Exception {
    int threads = 8;
    int rounds = 100;
    int length = 256;
    for (int round = 0; round < rounds; round++) {
      ArrayShadow s = new ArrayShadow(length);
      VarState[][] seen = new VarState[threads][length];
      Concurrently.run(threads, me -> {
        for (int i = 0; i < length; i++) {
          int index = me < threads - 2 ? i : length - 1 - i; // most in step, two from the end
          seen[me][index] = s.cell(index);
        }
      });
      for (int i = 0; i < length; i++) {
        for (int t = 1; t < threads; t++) {
          assertSame(seen[0][i], seen[t][i], "round " + round + " index " + i + " thread " + t);
        }
        assertSame(seen[0][i], s.cell(i));
      }
      assertEquals(length, made(s));
    }
  }

  // ---- ArrayShadows: finding an array's shadow

  private static ThreadState thread(ThreadRegistry registry, String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  @Test
  void anArraysShadowHasItsLengthAndIsFoundAgain() {
    ThreadRegistry registry = new ThreadRegistry();
    ThreadState t = thread(registry, "t");
    long[] array = new long[70];
    ArrayShadow s = ArrayShadows.of(array, t, 1);
    assertEquals(70, s.length);
    assertSame(s, ArrayShadows.of(array, t, 1));
    assertSame(s, ArrayShadows.of(array, thread(registry, "u"), 1), "shared between threads");
    assertNotSame(s, ArrayShadows.of(new long[70], t, 1));
  }

  @Test
  void theSameElementOfTheSameArrayIsOneVariableForEveryThread() {
    ThreadRegistry registry = new ThreadRegistry();
    ThreadState t = thread(registry, "t");
    ThreadState u = thread(registry, "u");
    Object[] array = new Object[10];
    VarState v = ArrayShadows.cell(array, 4, t, 1);
    assertSame(v, ArrayShadows.cell(array, 4, t, 1));
    assertSame(v, ArrayShadows.cell(array, 4, u, 1));
    assertNotSame(v, ArrayShadows.cell(array, 5, t, 1));
    assertNotSame(v, ArrayShadows.cell(new Object[10], 4, t, 1));
  }

  @Test
  void arraysCollidingInTheThreadsCachesKeepTheirOwnShadowsAlsoAfterTheCachesGrow() {
    ThreadRegistry registry = new ThreadRegistry();
    ThreadState t = thread(registry, "t");
    List<int[]> arrays = new ArrayList<>();
    List<VarState> cells = new ArrayList<>();
    for (int i = 0; i < 1000; i++) { // the caches grow after a few hundred misses
      int[] a = new int[3];
      arrays.add(a);
      cells.add(ArrayShadows.cell(a, 1, t, 1));
    }
    for (int i = 0; i < 1000; i++) {
      assertSame(cells.get(i), ArrayShadows.cell(arrays.get(i), 1, t, 1), "array " + i);
    }
  }

  @Test
  void sitesSharingASlotOfTheThreadsCacheKeepTheirArraysApart() {
    ThreadState t = thread(new ThreadRegistry(), "t");
    int[] a = new int[3];
    int[] b = new int[3];
    VarState inA = ArrayShadows.cell(a, 0, t, 5);
    VarState inB = ArrayShadows.cell(b, 0, t, 5 + 64);
    assertNotSame(inA, inB);
    assertSame(inA, ArrayShadows.cell(a, 0, t, 5 + 64));
    assertSame(inB, ArrayShadows.cell(b, 0, t, 5));
    assertSame(inB, ArrayShadows.cell(b, 0, t, 5 + 64));
  }

  @Test
  void aCellIsFoundWithoutMakingItOnceMade() {
    ThreadState t = thread(new ThreadRegistry(), "t");
    int[] array = new int[100];
    assertNull(ArrayShadows.madeCell(array, 70, t, 1));
    VarState v = ArrayShadows.cell(array, 70, t, 1);
    assertSame(v, ArrayShadows.madeCell(array, 70, t, 2));
    assertNull(ArrayShadows.madeCell(array, 71, t, 1));
    assertNull(ArrayShadows.madeCell(array, 100, t, 1));
    assertNull(ArrayShadows.madeCell(array, -1, t, 1));
  }

  @Test
  void anIndexOutOfBoundsHasNoCell() {
    ThreadState t = thread(new ThreadRegistry(), "t");
    int[] array = new int[3];
    assertNull(ArrayShadows.cell(array, 3, t, 1));
    assertNull(ArrayShadows.cell(array, -1, t, 1));
    assertNull(ArrayShadows.cell(new int[0], 0, t, 1));
    assertNotNull(ArrayShadows.cell(array, 2, t, 1));
  }
}
