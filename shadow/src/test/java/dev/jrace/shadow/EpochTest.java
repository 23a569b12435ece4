package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochTest {

  @Test
  void packsThreadIdAndClockAndUnpacksThemUnchanged() {
    long e = Epoch.of(3, 5);
    assertEquals(3, Epoch.tid(e));
    assertEquals(5, Epoch.clock(e));
    assertEquals((5L << 20) | 3, e);
  }

  @Test
  void clockLivesInTheHigh44BitsAndThreadIdInTheLow20() {
    assertEquals(20, Epoch.TID_BITS);
    assertEquals((1 << 20) - 1, Epoch.MAX_TID);
    assertEquals((1L << 44) - 1, Epoch.MAX_CLOCK);
    assertEquals(1L << 20, Epoch.of(0, 1));
    assertEquals(1L, Epoch.of(1, 0));
  }

  @Test
  void extremeValuesRoundTrip() {
    long e = Epoch.of(Epoch.MAX_TID, 1);
    assertEquals(Epoch.MAX_TID, Epoch.tid(e));
    assertEquals(1, Epoch.clock(e));

    long big = Epoch.of(7, Epoch.MAX_CLOCK);
    assertEquals(7, Epoch.tid(big));
    assertEquals(Epoch.MAX_CLOCK, Epoch.clock(big), "clock must be read back unsigned");

    long mid = Epoch.of(Epoch.MAX_TID, Epoch.MAX_CLOCK - 1);
    assertEquals(Epoch.MAX_TID, Epoch.tid(mid));
    assertEquals(Epoch.MAX_CLOCK - 1, Epoch.clock(mid));
  }

  @Test
  void epochsOfDifferentThreadsOrClocksDiffer() {
    assertNotEquals(Epoch.of(1, 2), Epoch.of(2, 1));
    assertNotEquals(Epoch.of(1, 2), Epoch.of(1, 3));
    assertNotEquals(Epoch.of(1, 2), Epoch.of(2, 2));
  }

  @Test
  void noneIsThreadZeroAtClockZero() {
    assertEquals(0L, Epoch.NONE);
    assertEquals(Epoch.of(0, 0), Epoch.NONE);
    assertEquals(0, Epoch.tid(Epoch.NONE));
    assertEquals(0, Epoch.clock(Epoch.NONE));
  }

  @Test
  void noneHappensBeforeEveryClockEvenAnEmptyOne() {
    assertTrue(new VectorClock().covers(Epoch.NONE));
    VectorClock c = new VectorClock();
    c.set(5, 9);
    assertTrue(c.covers(Epoch.NONE));
  }

  @Test
  void noValidEpochIsNoneBecauseClocksStartAtOne() {
    for (int tid : new int[] {0, 1, 17, Epoch.MAX_TID}) {
      assertNotEquals(Epoch.NONE, Epoch.of(tid, 1));
    }
  }

  @Test
  void toStringShowsClockAtThreadOrNone() {
    assertEquals("none", Epoch.toString(Epoch.NONE));
    assertEquals("5@3", Epoch.toString(Epoch.of(3, 5)));
    assertEquals("1@0", Epoch.toString(Epoch.of(0, 1)));
  }
}
