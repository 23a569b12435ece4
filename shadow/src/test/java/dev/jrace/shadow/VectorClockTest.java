package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VectorClockTest {

  private static VectorClock clock(long... entries) {
    VectorClock c = new VectorClock();
    for (int i = 0; i < entries.length; i++) {
      c.set(i, entries[i]);
    }
    return c;
  }

  @Test
  void aNewClockIsZeroEverywhere() {
    VectorClock c = new VectorClock();
    assertEquals(0, c.get(0));
    assertEquals(0, c.get(7));
    assertEquals(0, c.get(1000));
    assertEquals("[]", c.toString());
  }

  @Test
  void getReturnsWhatSetStored() {
    VectorClock c = new VectorClock();
    c.set(2, 5);
    c.set(0, 1);
    assertEquals(5, c.get(2));
    assertEquals(1, c.get(0));
    assertEquals(0, c.get(1));
    c.set(2, 3);
    assertEquals(3, c.get(2), "set overwrites, it does not take the maximum");
  }

  @Test
  void setBeyondTheCurrentSizeGrowsAndKeepsEarlierEntries() {
    VectorClock c = clock(4, 5, 6);
    int before = c.size();
    c.set(100, 7);
    assertTrue(c.size() > 100, "size " + c.size());
    assertTrue(c.size() > before);
    assertEquals(7, c.get(100));
    assertEquals(4, c.get(0));
    assertEquals(5, c.get(1));
    assertEquals(6, c.get(2));
    assertEquals(0, c.get(99));
    assertEquals(0, c.get(101));
  }

  @Test
  void growingJustPastTheEndAtLeastDoubles() throws ReflectiveOperationException {
    VectorClock c = new VectorClock();
    int n = capacity(c);
    c.set(n, 1);
    assertEquals(2 * n, capacity(c));
    assertEquals(1, c.get(n));
    assertEquals(n + 1, c.size(), "one past the largest id it knows of");
  }

  private static int capacity(VectorClock c) throws ReflectiveOperationException {
    java.lang.reflect.Field f = VectorClock.class.getDeclaredField("clocks");
    f.setAccessible(true);
    return ((long[]) f.get(c)).length;
  }

  @Test
  void copyIsIndependentOfTheOriginal() {
    VectorClock a = clock(1, 2);
    VectorClock b = new VectorClock(a);
    b.set(0, 9);
    b.set(50, 3);
    assertEquals(1, a.get(0));
    assertEquals(0, a.get(50));
    assertEquals(9, b.get(0));
    assertEquals(2, b.get(1));
  }

  @Test
  void joinTakesTheMaximumOfEachEntry() {
    VectorClock a = clock(1, 5, 0, 2);
    VectorClock b = clock(3, 4, 7);
    a.join(b);
    assertEquals(3, a.get(0));
    assertEquals(5, a.get(1));
    assertEquals(7, a.get(2));
    assertEquals(2, a.get(3));
    assertEquals("[0:3, 1:5, 2:7, 3:2]", a.toString());
    assertEquals("[0:3, 1:4, 2:7]", b.toString(), "join leaves its argument alone");
  }

  @Test
  void joinWithALargerClockGrows() {
    VectorClock a = clock(1);
    VectorClock b = new VectorClock();
    b.set(40, 6);
    a.join(b);
    assertEquals(1, a.get(0));
    assertEquals(6, a.get(40));
    assertTrue(a.size() > 40);
  }

  @Test
  void joinWithAClockWhoseHighSlotsAreZeroDoesNotShrinkOrLoseEntries() {
    VectorClock a = new VectorClock();
    a.set(30, 4);
    VectorClock b = new VectorClock();
    b.set(100, 0); // room for 101 slots, all zero
    b.set(1, 2);
    a.join(b);
    assertEquals(4, a.get(30));
    assertEquals(2, a.get(1));
  }

  @Test
  void joinIsIdempotentAndCommutative() {
    VectorClock a = clock(1, 5, 0);
    VectorClock b = clock(2, 0, 3);
    VectorClock ab = new VectorClock(a);
    ab.join(b);
    VectorClock ba = new VectorClock(b);
    ba.join(a);
    assertEquals(ab.toString(), ba.toString());
    ab.join(b);
    assertEquals(ba.toString(), ab.toString());
  }

  @Test
  void coversAnEpochWhenItsClockIsAtMostTheEntryOfItsThread() {
    VectorClock c = clock(0, 4);
    assertTrue(c.covers(Epoch.of(1, 3)));
    assertTrue(c.covers(Epoch.of(1, 4)));
    assertFalse(c.covers(Epoch.of(1, 5)));
    assertFalse(c.covers(Epoch.of(0, 1)));
    assertFalse(c.covers(Epoch.of(500, 1)), "a thread the clock has no slot for");
  }

  @Test
  void leqComparesEveryEntry() {
    assertTrue(clock(1, 2).leq(clock(1, 3)));
    assertTrue(clock(1, 2).leq(clock(1, 2)));
    assertFalse(clock(1, 4).leq(clock(1, 3)));
    assertFalse(clock(2, 0).leq(clock(1, 9)));
    assertTrue(new VectorClock().leq(clock(0)));
  }

  @Test
  void leqHandlesClocksOfDifferentSizes() {
    VectorClock small = clock(1);
    VectorClock big = new VectorClock();
    big.set(0, 1);
    big.set(100, 1);
    assertTrue(small.leq(big));
    assertFalse(big.leq(small), "entry 100 is beyond the other clock's slots but not zero");

    VectorClock bigZeros = new VectorClock();
    bigZeros.set(100, 0);
    bigZeros.set(0, 1);
    assertTrue(bigZeros.leq(small), "zero slots beyond the other clock's end do not count");
  }

  @Test
  void concurrentClocksAreNotOrderedEitherWay() {
    VectorClock a = clock(2, 1);
    VectorClock b = clock(1, 2);
    assertFalse(a.leq(b));
    assertFalse(b.leq(a));
    VectorClock j = new VectorClock(a);
    j.join(b);
    assertTrue(a.leq(j));
    assertTrue(b.leq(j));
  }

  @Test
  void toStringListsNonZeroEntries() {
    VectorClock c = new VectorClock();
    c.set(3, 5);
    c.set(0, 1);
    assertEquals("[0:1, 3:5]", c.toString());
  }

  // ---- copies share their array until one side changes

  @Test
  void aCopyAndItsOriginalChangeIndependently() {
    VectorClock a = new VectorClock();
    a.set(1, 4);
    VectorClock b = new VectorClock(a);
    a.set(1, 9);
    a.set(40, 2);
    assertEquals(4, b.get(1));
    assertEquals(0, b.get(40));
    b.set(2, 5);
    assertEquals(0, a.get(2));
    assertEquals(9, a.get(1));
  }

  @Test
  void advanceMovesOneEntryAndCopiesTakenBeforeKeepTheirValue() {
    VectorClock thread = new VectorClock();
    thread.set(0, 7);
    thread.advance(3, 1);
    VectorClock before = new VectorClock(thread);
    thread.advance(3, 2);
    assertEquals(1, before.get(3));
    assertEquals(2, thread.get(3));
    thread.advance(5, 1); // the entry beside the array moves: the old one stays in the clock
    assertEquals(2, thread.get(3));
    assertEquals(1, thread.get(5));
    assertEquals(1, before.get(3));
    assertEquals(0, before.get(5));
    assertEquals(7, before.get(0));
    assertTrue(thread.covers(Epoch.of(3, 2)));
    assertFalse(before.covers(Epoch.of(3, 2)));
  }

  @Test
  void anEmptyClockJoiningAnotherKnowsWhatItKnewThenAndNothingLater() {
    VectorClock thread = new VectorClock();
    thread.set(1, 3);
    thread.advance(2, 6);
    VectorClock published = new VectorClock();
    published.join(thread);
    assertEquals(3, published.get(1));
    assertEquals(6, published.get(2));
    thread.advance(2, 7);
    VectorClock news = new VectorClock();
    news.set(1, 10);
    thread.join(news);
    assertEquals(10, thread.get(1));
    assertEquals(7, thread.get(2));
    assertEquals(3, published.get(1));
    assertEquals(6, published.get(2));
    VectorClock other = new VectorClock();
    other.set(4, 1);
    other.advance(2, 9);
    published.join(other);
    assertEquals(9, published.get(2));
    assertEquals(1, published.get(4));
    assertEquals(7, thread.get(2));
    assertEquals(0, thread.get(4));
  }

  @Test
  void joinTakesTheEntryKeptBesideTheArray() {
    VectorClock a = new VectorClock();
    a.set(0, 1);
    VectorClock b = new VectorClock();
    b.advance(0, 5);
    b.set(1, 2);
    a.join(b);
    assertEquals(5, a.get(0));
    assertEquals(2, a.get(1));
    assertTrue(b.leq(a));
  }

  @Test
  void aLockPassedToAndFroBetweenTwoThreadsAllocatesNothing() {
    VectorClock a = new VectorClock();
    VectorClock b = new VectorClock();
    VectorClock lock = new VectorClock();
    a.set(6, 1); // the threads know a third one too: their arrays are not all zero
    b.set(6, 1);
    a.advance(0, 1);
    b.advance(1, 1);
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = 0;
    for (int round = 1; round <= 2_000; round++) {
      if (round == 1_000) {
        before = bean.getCurrentThreadAllocatedBytes();
      }
      a.join(lock); // a acquires
      assertTrue(lock.joinCopying(a)); // and releases: the lock's clock is now a's
      a.advance(0, 2 * round);
      b.join(lock);
      assertEquals(round == 1 ? 1 : 2 * round - 2, b.get(0)); // a's clock as it released
      assertTrue(lock.joinCopying(b));
      b.advance(1, 2 * round + 1);
    }
    long allocated = bean.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < 1024, allocated + " bytes for 1,000 rounds");
    assertEquals(3998, b.get(0));
    assertEquals(4001, b.get(1));
    assertEquals(3997, a.get(1)); // b's clock as it released in round 1,999
    assertEquals(1, a.get(6));
  }

  @Test
  void threadsThatLearnALocksWholeClockShareOneArray() throws ReflectiveOperationException {
    VectorClock lock = new VectorClock();
    for (int tid = 0; tid < 20; tid++) {
      lock.set(tid, 5);
    }
    VectorClock first = new VectorClock();
    VectorClock second = new VectorClock();
    first.set(31, 0); // room for the lock's entries: sharing is a choice, not for want of room
    second.set(31, 0);
    first.join(lock);
    second.join(lock);
    java.lang.reflect.Field f = VectorClock.class.getDeclaredField("clocks");
    f.setAccessible(true);
    assertSame(f.get(lock), f.get(first), "many threads waiting on one lock keep one array");
    assertSame(f.get(lock), f.get(second));
    first.set(3, 6);
    assertEquals(5, lock.get(3));
    assertEquals(5, second.get(3));
  }

  /** Random sets, advances, copies and joins agree with a plain array kept beside each clock. */
  @Test
  void agreesWithAPlainModelUnderRandomOperations() {
    java.util.Random random = new java.util.Random(42);
    int ids = 300;
    VectorClock[] clocks = new VectorClock[6];
    long[][] model = new long[clocks.length][ids];
    for (int k = 0; k < clocks.length; k++) {
      clocks[k] = new VectorClock();
    }
    for (int step = 0; step < 20_000; step++) {
      int a = random.nextInt(clocks.length);
      int b = random.nextInt(clocks.length);
      int tid = random.nextInt(4) == 0 ? random.nextInt(ids) : random.nextInt(12);
      switch (random.nextInt(4)) {
        case 0 -> {
          long v = random.nextInt(1000);
          clocks[a].set(tid, v);
          model[a][tid] = v;
        }
        case 1 -> {
          long v = Math.max(clocks[a].get(tid), model[a][tid]) + random.nextInt(3);
          clocks[a].advance(tid, v);
          model[a][tid] = v;
        }
        case 2 -> {
          clocks[a] = new VectorClock(clocks[b]);
          model[a] = model[b].clone();
        }
        default -> {
          boolean leq = true;
          for (int i = 0; i < ids; i++) {
            leq &= model[a][i] <= model[b][i];
          }
          assertEquals(leq, clocks[a].leq(clocks[b]), "step " + step);
          if (random.nextBoolean()) {
            clocks[a].join(clocks[b]);
          } else {
            clocks[a].joinCopying(clocks[b]);
          }
          for (int i = 0; i < ids; i++) {
            model[a][i] = Math.max(model[a][i], model[b][i]);
          }
        }
      }
      for (int k = 0; k < clocks.length; k++) {
        for (int i = 0; i < ids; i++) {
          assertEquals(model[k][i], clocks[k].get(i), "step " + step + " clock " + k + " id " + i);
        }
      }
    }
  }
}
