package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A monitor's clock is one per lock object, whichever thread finds it and however it is found. */
class MonitorClocksTest {
  private final ThreadRegistry registry = new ThreadRegistry();

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  @Test
  void aMonitorHasNoClockUntilReleasedThenOneForEveryThread() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    Object lock = new Object();
    assertNull(MonitorClocks.existing(lock, t));
    SyncClock c = MonitorClocks.of(lock, t);
    assertSame(c, MonitorClocks.existing(lock, t));
    assertSame(c, MonitorClocks.existing(lock, u));
    assertSame(c, MonitorClocks.of(lock, u));
  }

  @Test
  void switchingBetweenLocksFindsEachOnesOwnClock() {
    ThreadState t = thread("t");
    Object a = new Object();
    Object b = new Object();
    SyncClock ca = MonitorClocks.of(a, t);
    SyncClock cb = MonitorClocks.of(b, t);
    assertNotSame(ca, cb);
    assertSame(ca, MonitorClocks.existing(a, t));
    assertSame(cb, MonitorClocks.existing(b, t));
    assertSame(cb, MonitorClocks.of(b, t));
    assertSame(ca, MonitorClocks.of(a, t));
    assertNull(MonitorClocks.existing(new Object(), t), "a lock never released, right after another");
    assertNull(MonitorClocks.existing(null, t));
  }
}
