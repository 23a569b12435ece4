package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/**
 * An object's synchronization locations: one clock per offset, made by the first release, for
 * an object with a field or two as for an array used atomically, with one per element.
 */
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

  @Test
  void everyElementOfAnArrayUsedAtomicallyHasAClockOfItsOwn() {
    SyncLocations.Slots slots = new SyncLocations().of(new Object());
    int n = 20_000;
    SyncClock[] made = new SyncClock[n];
    for (int i = 0; i < n; i++) {
      made[i] = slots.clock(16 + 4L * i); // an int[]'s elements as Unsafe numbers them
      assertSame(made[i], slots.existing(16 + 4L * i));
    }
    for (int i = 0; i < n; i++) {
      assertSame(made[i], slots.existing(16 + 4L * i), "element " + i);
      assertSame(made[i], slots.clock(16 + 4L * i), "element " + i);
    }
    assertEquals(n, java.util.Arrays.stream(made).distinct().count());
    assertNull(slots.existing(16 + 4L * n));
    assertNull(slots.existing(12));
    assertSame(slots.clock(Long.MIN_VALUE), slots.existing(Long.MIN_VALUE)); // the whole object (Locations.WHOLE)
  }

  @Test
  void threadsAddingManyLocationsAtOnceSeeOneClockEach() throws Exception {
    for (int round = 0; round < 20; round++) {
      SyncLocations.Slots slots = new SyncLocations().of(new Object());
      int n = 500;
      SyncClock[][] seen = new SyncClock[4][n];
      Concurrently.run(4, me -> {
        for (int k = 0; k < n; k++) {
          int element = me % 2 == 0 ? k : n - 1 - k;
          seen[me][element] = slots.clock(8L * element);
          if (slots.existing(8L * (n - 1 - element)) != null) {
            assertSame(slots.existing(8L * (n - 1 - element)), slots.clock(8L * (n - 1 - element)));
          }
        }
      });
      for (int me = 1; me < 4; me++) {
        for (int k = 0; k < n; k++) {
          assertSame(seen[0][k], seen[me][k], "round " + round + " element " + k);
          assertSame(seen[0][k], slots.existing(8L * k), "round " + round + " element " + k);
        }
      }
    }
  }

  @Test
  void anObjectFoundWithOrWithoutItsHashHasItsOwnLocations() {
    ThreadState t = new ThreadRegistry().attach(new ThreadInfo(null, "t", null), null);
    SyncLocations locations = new SyncLocations();
    Object[] locks = new Object[6]; // more than the thread keeps
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
      SyncLocations.Slots s = i % 2 == 0 ? locations.entered(locks[i], System.identityHashCode(locks[i]), t)
          : locations.of(locks[i], t);
      assertSame(locations.of(locks[i]), s);
    }
    for (Object lock : locks) {
      assertSame(locations.of(lock), locations.of(lock, t));
      assertSame(locations.of(lock), locations.entered(lock, System.identityHashCode(lock), t));
    }
  }
}
