package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an acquire of a synchronization object's clock takes, including the shortcut for its only releaser. */
class SyncClockTest {
  private final ThreadRegistry registry = new ThreadRegistry();

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  @Test
  void anAcquireTakesWhatEveryReleaseBeforeItPublished() {
    ThreadState a = thread("a");
    ThreadState b = thread("b");
    ThreadState c = thread("c");
    long aBefore = a.epoch;
    long bBefore = b.epoch;
    SyncClock lock = new SyncClock();
    lock.release(a);
    lock.release(b);
    lock.acquire(c);
    assertTrue(c.clock.covers(aBefore));
    assertTrue(c.clock.covers(bBefore));
  }

  @Test
  void theOnlyReleaserStillTakesWhatOthersReleaseLater() {
    ThreadState a = thread("a");
    ThreadState b = thread("b");
    SyncClock lock = new SyncClock();
    lock.release(a);
    lock.acquire(a); // its own past: nothing to take
    long bBefore = b.epoch;
    lock.release(b);
    assertFalse(a.clock.covers(bBefore));
    lock.acquire(a);
    assertTrue(a.clock.covers(bBefore));
  }

  @Test
  void aLaterThreadWithTheReleasersIdIsNotTakenForIt() {
    ThreadState a = thread("a");
    ThreadState other = thread("other");
    SyncClock fromOther = new SyncClock();
    fromOther.release(other);
    fromOther.acquire(a); // a now knows other's past...
    long otherBefore = Epoch.of(other.tid, other.clock.get(other.tid) - 1);
    SyncClock lock = new SyncClock();
    lock.release(a); // ...and publishes it here
    registry.detach(a);
    while (registry.idsUsed() < ThreadRegistry.IDS) { // fresh ids run out: ended ones are reused
      registry.detach(thread("filler"));
    }
    ThreadState reused = thread("reused");
    assertEquals(a.tid, reused.tid);
    lock.acquire(reused);
    assertTrue(reused.clock.covers(otherBefore));
  }
}
