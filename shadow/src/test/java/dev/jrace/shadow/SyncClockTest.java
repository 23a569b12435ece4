package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What an acquire of a synchronization object's clock takes, including the shortcuts for its
 * only releaser and for a thread that knows the release that made the clock whole.
 */
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

  /** A lock whose clock an ended thread made its own, and the thread that took that one's id. */
  private record Published(SyncClock lock, long otherBefore, ThreadState reused) {}

  /**
   * Thread a learns another's past and publishes it into a lock, then ends; fresh ids run out,
   * so the next thread takes a's id, with none of a's knowledge.
   */
  private Published publishedByAnEndedThread() {
    ThreadState a = thread("a");
    ThreadState other = thread("other");
    SyncClock fromOther = new SyncClock();
    fromOther.release(other);
    fromOther.acquire(a); // a now knows other's past...
    long otherBefore = Epoch.of(other.tid, other.clock.get(other.tid) - 1);
    SyncClock lock = new SyncClock();
    lock.release(a); // ...and publishes it here: the clock is now a's
    registry.detach(a);
    while (registry.idsUsed() < ThreadRegistry.IDS) { // fresh ids run out: ended ones are reused
      registry.detach(thread("filler"));
    }
    ThreadState reused = thread("reused");
    assertEquals(a.tid, reused.tid);
    return new Published(lock, otherBefore, reused);
  }

  @Test
  void aLaterThreadWithTheReleasersIdIsNotTakenForIt() {
    Published p = publishedByAnEndedThread();
    p.lock().acquire(p.reused());
    assertTrue(p.reused().clock.covers(p.otherBefore()));
  }

  @Test
  void knowingTheLastReleaserIsNotEnoughWhenAnEarlierReleaseAddedMore() {
    ThreadState a = thread("a");
    ThreadState b = thread("b");
    ThreadState c = thread("c");
    long aBefore = a.epoch;
    SyncClock lock = new SyncClock();
    lock.release(a);
    lock.release(b); // b never acquired it: the clock now knows more than b
    SyncClock handoff = new SyncClock();
    handoff.release(b);
    handoff.acquire(c); // c knows b's release of lock, not a's
    assertFalse(c.clock.covers(aBefore));
    lock.acquire(c);
    assertTrue(c.clock.covers(aBefore));
  }

  @Test
  void knowingTheReleaseThatMadeAClockWholeIsKnowingAllItPublished() {
    ThreadState a = thread("a");
    ThreadState b = thread("b");
    ThreadState c = thread("c");
    long aBefore = a.epoch;
    SyncClock lock = new SyncClock();
    lock.release(a);
    lock.acquire(b);
    long bBefore = b.epoch;
    lock.release(b); // b knew all of it: the clock is now b's
    SyncClock handoff = new SyncClock();
    handoff.release(b);
    handoff.acquire(c);
    lock.acquire(c);
    assertTrue(c.clock.covers(aBefore));
    assertTrue(c.clock.covers(bBefore));
  }

  @Test
  void knowingAnIdsLaterOwnerIsNotKnowingWhatItsEarlierOwnerKnew() {
    Published p = publishedByAnEndedThread();
    ThreadState c = thread("c");
    SyncClock handoff = new SyncClock();
    handoff.release(p.reused());
    handoff.acquire(c); // c's clock covers the ended thread's release of lock, through reused
    p.lock().acquire(c);
    assertTrue(c.clock.covers(p.otherBefore()));
  }
}
