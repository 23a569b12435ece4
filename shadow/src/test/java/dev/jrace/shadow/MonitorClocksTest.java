package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A monitor's clock is one per lock object, whichever thread finds it and however it is found. */
class MonitorClocksTest {
  private final ThreadRegistry registry = new ThreadRegistry();

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  @Test
  void aMonitorEnteredWithItsHashHasTheClockEveryThreadFinds() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    Object lock = new Object();
    SyncClock c = MonitorClocks.entered(lock, System.identityHashCode(lock), t);
    assertSame(c, MonitorClocks.of(lock, t));
    assertSame(c, MonitorClocks.of(lock, u));
    assertSame(c, MonitorClocks.entered(lock, System.identityHashCode(lock), u));
  }

  @Test
  void switchingBetweenLocksFindsEachOnesOwnClock() {
    ThreadState t = thread("t");
    Object a = new Object();
    Object b = new Object();
    SyncClock ca = MonitorClocks.of(a, t);
    SyncClock cb = MonitorClocks.of(b, t);
    assertNotSame(ca, cb);
    assertSame(ca, MonitorClocks.of(a, t));
    assertSame(cb, MonitorClocks.of(b, t));
  }

  @Test
  void monitorsNestedDeeperThanTheThreadRemembersStillFindTheirOwnClocks() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    Object[] locks = new Object[7];
    SyncClock[] clocks = new SyncClock[locks.length];
    for (int i = 0; i < locks.length; i++) {
      locks[i] = new Object();
      clocks[i] = MonitorClocks.entered(locks[i], System.identityHashCode(locks[i]), t);
    }
    for (int i = locks.length - 1; i >= 0; i--) { // left in the reverse order
      assertSame(clocks[i], MonitorClocks.of(locks[i], t));
      assertSame(clocks[i], MonitorClocks.of(locks[i], u));
    }
  }
}
