package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A thread's history of calls: the stack at an earlier position is restored while the ring holds it. */
class HistoryTest {
  private final ThreadRegistry registry = new ThreadRegistry();

  @AfterEach
  void defaultSize() {
    History.setSize(3);
  }

  private ThreadState thread() {
    return registry.attach(new ThreadInfo(null, "t", null), null);
  }

  /** Enters {@code method}, made at call site {@code at} of its caller. */
  private static void call(ThreadState t, int at, int method) {
    t.at = at;
    t.enter(method);
  }

  private static long frame(int at, int method) {
    return ((long) at << 32) | method;
  }

  @Test
  void restoresTheStackAtEachEarlierPosition() {
    ThreadState t = thread();
    long empty = t.moment();
    call(t, 0, 10);
    call(t, 11, 20);
    long inner = t.moment();
    t.exit();
    call(t, 12, 30);
    long other = t.moment();
    History h = t.info().history();
    assertArrayEquals(new long[0], h.restore(empty));
    assertArrayEquals(new long[] {frame(0, 10), frame(11, 20)}, h.restore(inner));
    assertArrayEquals(new long[] {frame(0, 10), frame(12, 30)}, h.restore(other));
  }

  @Test
  void restoresAcrossCheckpointsAndRingGrowth() {
    ThreadState t = thread();
    call(t, 0, 1);
    for (int i = 0; i < 3 * History.CHECK + 7; i++) {
      call(t, 5, 2);
      t.exit();
    }
    call(t, 6, 3);
    call(t, 7, 4);
    long deep = t.moment();
    for (int i = 0; i < 5000; i++) { // grows the ring past its first size
      call(t, 8, 5);
      t.exit();
    }
    assertArrayEquals(new long[] {frame(0, 1), frame(6, 3), frame(7, 4)}, t.info().history().restore(deep));
  }

  @Test
  void aMomentRightAfterTheLastEntryBeforeACheckpointIsRestored() {
    ThreadState t = thread();
    call(t, 0, 1);
    for (int i = 0; i < History.CHECK - 2; i++) {
      call(t, 5, 2);
      t.exit();
    }
    call(t, 6, 3); // the last entry before the checkpoint at CHECK, which no entry has taken yet
    assertArrayEquals(new long[] {frame(0, 1), frame(6, 3)}, t.info().history().restore(t.moment()));
  }

  @Test
  void aMomentAtACheckpointNotYetTakenIgnoresTheRingsPreviousLap() {
    History.setSize(1); // 4,096 events
    ThreadState t = thread();
    call(t, 0, 1);
    call(t, 5, 2);
    for (int i = 0; i < 4096 + History.CHECK - 3; i++) { // checkpoints of [1, 2] in every slot
      call(t, 7, 7);
      t.exit();
    }
    t.exit();
    call(t, 6, 3); // position 4096 + CHECK - 1: its checkpoint slot still holds [1, 2] of the first lap
    assertArrayEquals(new long[] {frame(0, 1), frame(6, 3)}, t.info().history().restore(t.moment()));
  }

  @Test
  void callsAllocateNothingOnceTheRingIsFull() {
    History.setSize(1); // 4,096 events
    ThreadState t = thread();
    call(t, 0, 1);
    call(t, 5, 2);
    Runnable lap = () -> {
      for (int i = 0; i < 4096; i++) {
        call(t, 7, 7);
        t.exit();
      }
    };
    lap.run(); // the ring and its checkpoints are made
    com.sun.management.ThreadMXBean bean =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long before = bean.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < 10; i++) {
      lap.run();
    }
    long allocated = bean.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < 1024, allocated + " bytes for 40,960 calls"); // 160 checkpoints of 2 frames: ~5 KB when each is a new array
    long inner = t.moment();
    call(t, 8, 9);
    assertArrayEquals(new long[] {frame(0, 1), frame(5, 2), frame(8, 9)}, t.info().history().restore(t.moment()));
    assertArrayEquals(new long[] {frame(0, 1), frame(5, 2)}, t.info().history().restore(inner));
  }

  @Test
  void aForgottenHistorysRingServesTheNextThreadAndRestoresNothingMore() throws ReflectiveOperationException {
    ThreadState old = thread();
    call(old, 0, 1);
    for (int i = 0; i < 3 * History.CHECK; i++) { // grows the ring past its first size
      call(old, 5, 2);
      old.exit();
    }
    call(old, 6, 3);
    long then = old.moment();
    History ring = old.info().history();
    assertArrayEquals(new long[] {frame(0, 1), frame(6, 3)}, ring.restore(then));
    ring.recycle(); // its thread ended long ago

    assertNull(ring.restore(then), "the ring is another thread's now");
    ThreadState next = thread();
    History h = next.info().history();
    java.lang.reflect.Field events = History.class.getDeclaredField("events");
    events.setAccessible(true);
    assertSame(events.get(ring), events.get(h), "the same ring, not a new one");
    assertArrayEquals(new long[0], h.restore(next.moment()));
    call(next, 0, 7);
    long first = next.moment();
    for (int i = 0; i < History.CHECK + 3; i++) {
      call(next, 8, 9);
      next.exit();
    }
    call(next, 10, 11);
    assertArrayEquals(new long[] {frame(0, 7)}, h.restore(first));
    assertArrayEquals(new long[] {frame(0, 7), frame(10, 11)}, h.restore(next.moment()));
  }

  @Test
  void aThreadThatEnteredNothingHasAnEmptyStack() {
    ThreadState t = thread();
    assertArrayEquals(new long[0], t.info().history().restore(t.moment()));
  }

  @Test
  void aPositionTheRingNoLongerHoldsIsNotRestored() {
    History.setSize(1); // 4,096 events
    ThreadState t = thread();
    call(t, 0, 1);
    long early = t.moment();
    for (int i = 0; i < 4096; i++) { // entries only: exits are not recorded
      call(t, 5, 2);
      t.exit();
    }
    assertNull(t.info().history().restore(early));
  }

  @Test
  void withoutHistoryAThreadRecordsNothing() {
    History.setSize(0);
    ThreadState t = thread();
    call(t, 0, 1);
    assertNull(t.info().history());
  }
}
