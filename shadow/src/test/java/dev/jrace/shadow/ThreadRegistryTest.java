package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ThreadRegistryTest {
  private final ThreadRegistry registry = new ThreadRegistry();

  private ThreadState attach(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  private ThreadState attach(String name, VectorClock startedWith) {
    return registry.attach(new ThreadInfo(null, name, null), startedWith);
  }

  @Test
  void aNewThreadStartsAtClockOneWithItsOwnEpoch() {
    ThreadState t = attach("t");
    assertEquals(0, t.tid);
    assertEquals(Epoch.of(0, 1), t.epoch);
    assertEquals(1, t.clock.get(t.tid));
    assertEquals("t", t.info().name());
    assertEquals(1, registry.liveCount());
    assertEquals(1, registry.idsUsed());
  }

  @Test
  void aThreadStartedWithAClockKnowsItsParentsPast() {
    ThreadState parent = attach("parent");
    parent.tick();
    parent.tick();
    ThreadState child = attach("child", parent.snapshot());
    assertEquals(3, child.clock.get(parent.tid));
    assertTrue(child.clock.covers(Epoch.of(parent.tid, 3)));
    assertEquals(1, Epoch.clock(child.epoch));
  }

  @Test
  void idsAreUniqueAmongLiveThreads() {
    Set<Integer> ids = new HashSet<>();
    List<ThreadState> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ThreadState t = attach("t" + i);
      all.add(t);
      assertTrue(ids.add(t.tid), "id " + t.tid + " given twice");
    }
    assertEquals(200, registry.liveCount());
    // free some, attach more with parents that saw them end: still unique among the live
    ThreadState parent = all.get(0);
    for (int i = 1; i < 200; i += 3) {
      ThreadState t = all.get(i);
      parent.acquire(t.clock);
      registry.detach(t);
      ids.remove(t.tid);
    }
    for (int i = 0; i < 100; i++) {
      ThreadState t = attach("u" + i, parent.snapshot());
      assertTrue(ids.add(t.tid), "id " + t.tid + " is still in use");
    }
    assertEquals(registry.liveCount(), ids.size());
    assertEquals(0, registry.idsTaken());
  }

  @Test
  void idsAreUniqueAmongThreadsAttachingAtOnce() throws Exception {
    int n = 8;
    int each = ThreadRegistry.IDS / 8;
    CyclicBarrier go = new CyclicBarrier(n);
    List<Integer> ids = Collections.synchronizedList(new ArrayList<>());
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(() -> {
        try {
          go.await();
          for (int k = 0; k < each; k++) {
            ids.add(attach("x").tid);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      t.start();
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), failures);
    assertEquals(n * each, new HashSet<>(ids).size());
    assertEquals(n * each, registry.liveCount());
  }

  @Test
  void detachFreesTheIdForAThreadWhoseParentSawTheEnd() {
    ThreadState parent = attach("parent");
    ThreadState old = attach("old", parent.snapshot());
    old.tick();
    old.tick(); // old's last clock is 3
    parent.acquire(old.clock); // parent joined old
    registry.detach(old);
    assertEquals(1, registry.liveCount());
    ThreadState young = attach("young", parent.snapshot());
    assertEquals(old.tid, young.tid);
    assertEquals(4, Epoch.clock(young.epoch), "the new owner continues the old owner's clock");
    assertEquals(4, young.clock.get(young.tid));
    assertEquals(2, registry.idsUsed());
  }

  @Test
  void anOldOwnersEpochNeverLooksNewerThanTheNewOwnersPresent() {
    ThreadState parent = attach("parent");
    ThreadState old = attach("old", parent.snapshot());
    old.tick();
    old.tick();
    long oldLast = old.epoch;
    parent.acquire(old.clock);
    registry.detach(old);
    ThreadState young = attach("young", parent.snapshot());
    assertEquals(old.tid, young.tid);
    assertTrue(young.clock.covers(oldLast));
    assertTrue(Epoch.clock(young.epoch) > Epoch.clock(oldLast));
    // a thread that saw only the old owner does not see the new one's accesses
    ThreadState witness = attach("witness");
    witness.acquire(old.clock);
    assertTrue(witness.clock.covers(oldLast));
    assertFalse(witness.clock.covers(young.epoch));
  }

  @Test
  void anIdWhoseEndNobodySawIsNotReusedWhileFreshIdsRemain() {
    ThreadState old = attach("old");
    registry.detach(old);
    ThreadState next = attach("next");
    assertNotEquals(old.tid, next.tid);
    ThreadState child = attach("child", next.snapshot()); // next never saw old end either
    assertNotEquals(old.tid, child.tid);
    assertEquals(3, registry.idsUsed());
  }

  @Test
  void afterTheFreshIdsRunOutEndedIdsAreReusedAndTheirClocksContinue() {
    List<ThreadState> first = new ArrayList<>();
    for (int i = 0; i < ThreadRegistry.IDS; i++) {
      ThreadState t = attach("t" + i);
      if (i == 5) {
        t.tick();
        t.tick();
        t.tick(); // clock 4
      }
      first.add(t);
    }
    ThreadState five = first.get(5);
    registry.detach(five);
    ThreadState reuse = attach("reuse");
    assertEquals(five.tid, reuse.tid);
    assertEquals(5, Epoch.clock(reuse.epoch));
    assertEquals(ThreadRegistry.IDS, registry.idsUsed());
  }

  @Test
  void infoOfNamesTheRightIncarnationOfAReusedId() {
    ThreadState parent = attach("parent");
    ThreadState a = attach("a", parent.snapshot());
    long aFirst = a.epoch;
    a.tick();
    long aLast = a.epoch;
    parent.acquire(a.clock);
    registry.detach(a);
    ThreadState b = attach("b", parent.snapshot());
    assertEquals(a.tid, b.tid);
    long bFirst = b.epoch;
    b.tick();
    long bLater = b.epoch;
    assertSame(a.info(), registry.infoOf(aFirst));
    assertSame(a.info(), registry.infoOf(aLast));
    assertSame(b.info(), registry.infoOf(bFirst));
    assertSame(b.info(), registry.infoOf(bLater));
    assertSame(parent.info(), registry.infoOf(parent.epoch));
  }

  @Test
  void infoOfAnUnknownIdIsNull() {
    attach("t");
    assertNull(registry.infoOf(Epoch.of(40, 1)));
    assertNull(registry.infoOf(Epoch.of(5000, 1)));
  }

  @Test
  void onlyTheLastIncarnationsOfAnIdAreRemembered() {
    ThreadState parent = attach("parent");
    List<ThreadState> owners = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      ThreadState t = attach("owner" + i, parent.snapshot());
      owners.add(t);
      parent.acquire(t.clock);
      registry.detach(t);
    }
    int tid = owners.get(0).tid;
    for (ThreadState t : owners) {
      assertEquals(tid, t.tid);
    }
    assertNull(registry.infoOf(owners.get(0).epoch), "forgotten: better no name than a wrong one");
    assertSame(owners.get(19).info(), registry.infoOf(owners.get(19).epoch));
    assertSame(owners.get(4).info(), registry.infoOf(owners.get(4).epoch));
  }

  @Test
  void detachingTwiceOrAStrangerDoesNothing() {
    ThreadState t = attach("t");
    registry.detach(t);
    registry.detach(t);
    ThreadRegistry other = new ThreadRegistry();
    ThreadState stranger = other.attach(new ThreadInfo(null, "s", null), null);
    registry.detach(stranger);
    assertEquals(0, registry.liveCount());
    ThreadState a = attach("a", t.snapshot());
    ThreadState b = attach("b", t.snapshot());
    assertNotEquals(a.tid, b.tid, "a doubly freed id must not be handed out twice");
  }

  @Test
  void madeUpThreadsAreNeverSweptAway() {
    for (int i = 0; i < 500; i++) {
      attach("t" + i);
    }
    assertEquals(500, registry.liveCount());
    assertEquals(ThreadRegistry.IDS, registry.idsUsed());
  }

  // ---- more live threads than ids

  private List<ThreadState> attachAll(int n) {
    List<ThreadState> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(attach("t" + i));
    }
    return all;
  }

  @Test
  void whenLiveThreadsHoldEveryIdAnIdleOnesIdIsTaken() {
    List<ThreadState> all = attachAll(ThreadRegistry.IDS);
    for (ThreadState t : all) {
      t.recent = false;
    }
    ThreadState busy = all.get(0);
    busy.step(); // recorded lately: passed over
    ThreadState newcomer = attach("newcomer");
    ThreadState loser = all.get(1);
    assertEquals(loser.tid, newcomer.tid);
    assertTrue(loser.lostId);
    assertFalse(busy.lostId);
    assertEquals(1, registry.idsTaken());
    assertEquals(ThreadRegistry.IDS + 1, registry.liveCount());
  }

  @Test
  void aThreadThatLostItsIdTakesAnotherAtItsNextStepAndKeepsWhatItKnew() {
    List<ThreadState> all = attachAll(ThreadRegistry.IDS);
    ThreadState loser = all.get(0);
    loser.tick();
    long before = loser.epoch;
    ThreadState newcomer = attach("newcomer");
    assertEquals(Epoch.tid(before), newcomer.tid);
    assertTrue(Epoch.clock(newcomer.epoch) > Epoch.clock(before), "the newcomer continues past the loser");
    assertTrue(newcomer.clock.covers(before), "an id's past is its new owner's: the price, a race between them is not seen");
    loser.step();
    assertFalse(loser.lostId);
    assertNotEquals(newcomer.tid, loser.tid);
    assertTrue(loser.clock.covers(before), "a thread always covers its own past");
    assertFalse(loser.clock.covers(newcomer.epoch));
    assertSame(loser.info(), registry.infoOf(before));
    assertSame(loser.info(), registry.infoOf(loser.epoch));
    assertSame(newcomer.info(), registry.infoOf(newcomer.epoch));
  }

  @Test
  void idsStayUniqueAmongTheThreadsHoldingThem() {
    List<ThreadState> all = attachAll(3 * ThreadRegistry.IDS);
    for (int round = 0; round < 3; round++) {
      for (ThreadState t : all) {
        t.step();
        t.tick();
      }
    }
    Set<Integer> held = new HashSet<>();
    for (ThreadState t : all) {
      if (!t.lostId) {
        assertTrue(held.add(t.tid), "id " + t.tid + " held twice");
      }
    }
    assertEquals(ThreadRegistry.IDS, held.size());
    assertEquals(ThreadRegistry.IDS, registry.idsUsed());
  }

  @Test
  void epochsOfOneIdNeverRepeatAcrossItsOwners() {
    List<ThreadState> all = attachAll(2 * ThreadRegistry.IDS);
    Set<Long> epochs = new HashSet<>();
    for (int round = 0; round < 4; round++) {
      for (ThreadState t : all) {
        t.step();
        assertTrue(epochs.add(t.epoch), "epoch " + Epoch.toString(t.epoch) + " used twice");
        assertSame(t.info(), registry.infoOf(t.epoch));
        t.tick();
      }
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void idsOfEndedRealThreadsAreRecycled() throws Exception {
    ThreadEdges edges = new ThreadEdges(registry);
    ThreadState main = attach("main");
    int n = 10_000;
    Set<Integer> ids = Collections.synchronizedSet(new HashSet<>());
    for (int i = 0; i < n; i++) {
      Thread child = new Thread(() -> ids.add(edges.attach(Thread.currentThread()).tid));
      edges.starting(child, main);
      child.start();
      child.join();
      edges.ended(child, main);
    }
    assertTrue(registry.idsUsed() <= 130, "ids used: " + registry.idsUsed());
    assertTrue(ids.size() <= 130, "distinct ids: " + ids.size());
    assertTrue(registry.liveCount() <= 130, "live: " + registry.liveCount());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void idsOfEndedRealThreadsNobodyJoinedAreReusedOnceTheFreshIdsRunOut() throws Exception {
    ThreadEdges edges = new ThreadEdges(registry);
    int n = ThreadRegistry.IDS + 500;
    for (int i = 0; i < n; i++) {
      Thread child = new Thread(() -> edges.attach(Thread.currentThread()));
      child.start();
      child.join(); // jrace is not told: no edge, so reuse must wait for the fresh ids to run out
    }
    assertEquals(ThreadRegistry.IDS, registry.idsUsed());
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void endedRealThreadsAreSweptFromTheLiveSet() throws Exception {
    ThreadEdges edges = new ThreadEdges(registry);
    for (int i = 0; i < 200; i++) {
      Thread child = new Thread(() -> edges.attach(Thread.currentThread()));
      child.start();
      child.join();
    }
    assertTrue(registry.liveCount() < 100, "live: " + registry.liveCount());
  }
}
