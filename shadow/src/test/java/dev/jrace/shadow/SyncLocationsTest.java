package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** An object's synchronization locations: one clock per offset, made by the first release. */
class SyncLocationsTest {
  @Test
  void aLocationHasNoClockUntilReleasedIntoThenAlwaysTheSame() {
    SyncLocations.Slots slots = new SyncLocations().of(new Object());
    assertNull(slots.existing(12));
    SyncClock c = slots.clock(12);
    assertSame(c, slots.existing(12));
    assertSame(c, slots.clock(12));
    assertNotSame(c, slots.clock(16));
    assertSame(c, slots.existing(12), "still there once another is added");
  }

  @Test
  void threadsReleasingIntoTheSameLocationsAtOnceGetOneClockEach() throws Exception {
    for (int round = 0; round < 200; round++) {
      SyncLocations.Slots slots = new SyncLocations().of(new Object());
      SyncClock[][] seen = new SyncClock[4][3];
      Concurrently.run(4, me -> {
        for (int k = 0; k < 3; k++) {
          int offset = me % 2 == 0 ? k : 2 - k; // half of them add in the other order
          seen[me][offset] = slots.clock(8L * offset);
        }
      });
      for (int me = 1; me < 4; me++) {
        for (int k = 0; k < 3; k++) {
          assertSame(seen[0][k], seen[me][k], "round " + round);
          assertSame(seen[0][k], slots.existing(8L * k), "round " + round);
        }
      }
    }
  }
}
