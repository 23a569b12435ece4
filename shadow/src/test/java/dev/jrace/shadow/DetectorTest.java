package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The FastTrack rules, driven directly with made-up threads and explicit happens-before edges. */
class DetectorTest {
  private static final String COUNT = "com.acme.Counter.count";

  private SiteTable sites;
  private int inc;
  private int get;
  private int reset;
  private int peek;
  private int arrayStore;
  private int arrayLoad;
  private ThreadRegistry registry;
  private List<Race> races;
  private Detector detector;
  private VarState v;

  @BeforeEach
  void setUp() {
    sites = new SiteTable();
    inc = sites.add(new Site("com.acme.Counter", "inc", "Counter.java", 12, COUNT));
    get = sites.add(new Site("com.acme.Counter", "get", "Counter.java", 20, COUNT));
    reset = sites.add(new Site("com.acme.Counter", "reset", "Counter.java", 30, COUNT));
    peek = sites.add(new Site("com.acme.Counter", "peek", "Counter.java", 40, COUNT));
    arrayStore = sites.add(new Site("com.acme.Table", "put", "Table.java", 7, null));
    arrayLoad = sites.add(new Site("com.acme.Table", "lookup", "Table.java", 9, null));
    registry = new ThreadRegistry();
    races = new ArrayList<>();
    detector = new Detector(sites, registry, races::add);
    v = new VarState();
  }

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  /** Models {@code parent} starting a thread: the child sees the parent's past, the parent moves on. */
  private ThreadState fork(ThreadState parent, String name) {
    ThreadState child = registry.attach(new ThreadInfo(null, name, null), parent.snapshot());
    parent.tick();
    return child;
  }

  /** Models a release by {@code from} then an acquire by {@code to} of one lock. */
  private static void sync(ThreadState from, ThreadState to) {
    SyncClock lock = new SyncClock();
    lock.release(from);
    lock.acquire(to);
  }

  private void write(ThreadState t, int site) {
    detector.write(v, t, site, null);
  }

  private void read(ThreadState t, int site) {
    detector.read(v, t, site, null);
  }

  private void assertRace(Race r, boolean write, int site, ThreadState thread,
      boolean previousWrite, int previousSite, String previousThread) {
    assertEquals(COUNT, r.variable());
    assertEquals(write, r.current().write(), "current kind");
    assertSame(sites.get(site), r.current().site(), "current site");
    assertSame(thread.info(), r.current().thread(), "current thread");
    assertEquals(previousWrite, r.previous().write(), "previous kind");
    assertSame(sites.get(previousSite), r.previous().site(), "previous site");
    assertEquals(previousThread, r.previous().thread().name(), "previous thread");
  }

  // ---- one thread

  @Test
  void accessesByOneThreadNeverRace() {
    ThreadState t1 = thread("t1");
    write(t1, inc);
    read(t1, get);
    write(t1, reset);
    read(t1, peek);
    new SyncClock().release(t1); // a new epoch: the thread is still ordered with itself
    read(t1, get);
    write(t1, inc);
    read(t1, peek);
    assertEquals(List.of(), races);
  }

  // ---- unordered pairs

  @Test
  void writeAfterWriteInAnotherThreadWithoutSyncIsARace() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    write(t2, reset);
    assertEquals(1, races.size());
    assertRace(races.get(0), true, reset, t2, true, inc, "t1");
  }

  @Test
  void readAfterWriteInAnotherThreadWithoutSyncIsARace() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    read(t2, get);
    assertEquals(1, races.size());
    assertRace(races.get(0), false, get, t2, true, inc, "t1");
  }

  @Test
  void writeAfterReadInAnotherThreadWithoutSyncIsARace() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    read(t1, get);
    write(t2, inc);
    assertEquals(1, races.size());
    assertRace(races.get(0), true, inc, t2, false, get, "t1");
  }

  @Test
  void readsInDifferentThreadsWithoutSyncAreNotARace() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    read(t1, get);
    read(t2, peek);
    read(t1, peek);
    assertEquals(List.of(), races);
  }

  @Test
  void theCurrentAccessCarriesTheStackWhereItHappenedThePreviousOneTheStackItsHistoryRestores() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    write(t2, reset);
    Race r = races.get(0);
    assertEquals("[com.acme.Counter.inc(Counter.java:12)]", Arrays.toString(r.previous().stack()),
        "t1 entered no method: its stack is the access alone");
    assertNotNull(r.current().stack());
    assertTrue(Arrays.stream(r.current().stack()).anyMatch(e ->
            e.getClassName().equals(DetectorTest.class.getName())
                && e.getMethodName().equals("write")),
        Arrays.toString(r.current().stack()));
  }

  @Test
  void aWriteThatRacesWithAWriteAndAReadReportsBothWriteFirst() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    write(t1, inc);
    read(t2, get); // races with t1's write
    races.clear();
    write(t3, reset);
    assertEquals(2, races.size());
    assertRace(races.get(0), true, reset, t3, true, inc, "t1");
    assertRace(races.get(1), true, reset, t3, false, get, "t2");
  }

  @Test
  void aReadRacingWithAWriteIsStillRecordedAsTheLastRead() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    read(t2, get);
    assertEquals(1, races.size());
    assertEquals(t2.epoch, v.readEpoch);
    new SyncClock().release(t1); // a new epoch for t1, still not ordered with t2
    write(t1, reset);
    assertEquals(2, races.size());
    assertRace(races.get(1), true, reset, t1, false, get, "t2");
  }

  // ---- ordered pairs

  @Test
  void releaseThenAcquireOrdersWriteBeforeWrite() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    sync(t1, t2);
    write(t2, reset);
    assertEquals(List.of(), races);
    assertEquals(t2.epoch, v.writeEpoch);
  }

  @Test
  void releaseThenAcquireOrdersWriteBeforeRead() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    sync(t1, t2);
    read(t2, get);
    assertEquals(List.of(), races);
  }

  @Test
  void releaseThenAcquireOrdersReadBeforeWrite() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    read(t1, get);
    sync(t1, t2);
    write(t2, inc);
    assertEquals(List.of(), races);
  }

  @Test
  void acquireBeforeTheReleaseOrdersNothing() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    SyncClock lock = new SyncClock();
    lock.acquire(t2);
    write(t1, inc);
    lock.release(t1);
    read(t2, get);
    assertEquals(1, races.size());
    assertRace(races.get(0), false, get, t2, true, inc, "t1");
  }

  @Test
  void accessesAfterAReleaseAreNotCoveredByIt() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    SyncClock lock = new SyncClock();
    lock.release(t1);
    write(t1, inc);
    lock.acquire(t2);
    read(t2, get);
    assertEquals(1, races.size());
    assertRace(races.get(0), false, get, t2, true, inc, "t1");
  }

  @Test
  void releaseStartsANewEpochForTheReleasingThread() {
    ThreadState t1 = thread("t1");
    long before = t1.epoch;
    new SyncClock().release(t1);
    assertEquals(Epoch.tid(before), Epoch.tid(t1.epoch));
    assertEquals(Epoch.clock(before) + 1, Epoch.clock(t1.epoch));
  }

  @Test
  void acquireDoesNotStartANewEpoch() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    long before = t2.epoch;
    sync(t1, t2);
    assertEquals(before, t2.epoch);
  }

  @Test
  void happensBeforeIsTransitiveThroughAThirdThread() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    write(t1, inc);
    sync(t1, t2);
    sync(t2, t3);
    write(t3, reset);
    assertEquals(List.of(), races);
  }

  @Test
  void forkOrdersTheParentsPastBeforeTheChild() {
    ThreadState parent = thread("main");
    write(parent, inc);
    ThreadState child = fork(parent, "child");
    read(child, get);
    write(child, reset);
    assertEquals(List.of(), races);
  }

  @Test
  void whatTheParentDoesAfterForkRacesWithTheChild() {
    ThreadState parent = thread("main");
    ThreadState child = fork(parent, "child");
    write(parent, inc);
    read(child, get);
    assertEquals(1, races.size());
    assertRace(races.get(0), false, get, child, true, inc, "main");
  }

  @Test
  void anOrderedReadReplacesTheLastReadWithoutWideningIt() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    read(t1, get);
    sync(t1, t2);
    read(t2, peek);
    assertEquals(t2.epoch, v.readEpoch);
    assertEquals(peek, v.readSite);
    assertNull(v.reads);
  }

  // ---- shared reads

  @Test
  void concurrentReadsWidenIntoASharedReadSet() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    read(t1, get);
    assertEquals(t1.epoch, v.readEpoch);
    read(t2, peek);
    assertEquals(VarState.SHARED, v.readEpoch);
    read(t3, get);
    assertEquals(VarState.SHARED, v.readEpoch);
    assertEquals(t1.epoch, v.reads.epochOf(t1.tid));
    assertEquals(t2.epoch, v.reads.epochOf(t2.tid));
    assertEquals(t3.epoch, v.reads.epochOf(t3.tid));
    assertEquals(get, v.reads.siteOf(t1.tid));
    assertEquals(peek, v.reads.siteOf(t2.tid));
    assertEquals(get, v.reads.siteOf(t3.tid));
    assertEquals(List.of(), races);
  }

  @Test
  void anUnorderedWriteAfterSharedReadsRacesWithEachReader() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    ThreadState w = thread("writer");
    read(t1, get);
    read(t2, peek);
    read(t3, get);
    write(w, inc);
    assertEquals(3, races.size());
    assertRace(races.get(0), true, inc, w, false, get, "t1");
    assertRace(races.get(1), true, inc, w, false, peek, "t2");
    assertRace(races.get(2), true, inc, w, false, get, "t3");
  }

  @Test
  void aWriteOrderedAfterAllSharedReadsIsNotARaceAndClearsThem() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    ThreadState w = thread("writer");
    read(t1, get);
    read(t2, peek);
    read(t3, get);
    SyncClock lock = new SyncClock();
    lock.release(t1);
    lock.release(t2);
    lock.release(t3);
    lock.acquire(w);
    write(w, inc);
    assertEquals(List.of(), races);
    assertEquals(Epoch.NONE, v.readEpoch);
    assertNull(v.reads);
    assertEquals(w.epoch, v.writeEpoch);
    assertEquals(inc, v.writeSite);
  }

  @Test
  void aWriteOrderedAfterSomeSharedReadsRacesOnlyWithTheOthers() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    ThreadState w = thread("writer");
    read(t1, get);
    read(t2, peek);
    read(t3, get);
    SyncClock lock = new SyncClock();
    lock.release(t1);
    lock.release(t3);
    lock.acquire(w);
    write(w, inc);
    assertEquals(1, races.size());
    assertRace(races.get(0), true, inc, w, false, peek, "t2");
  }

  @Test
  void afterASharedReadSetIsClearedOnlyLaterReadsCount() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState w = thread("writer");
    read(t1, get);
    read(t2, get);
    write(w, inc); // races with both reads, forgets them
    assertEquals(2, races.size());
    races.clear();
    write(w, reset);
    assertEquals(List.of(), races, "the reads were forgotten, the write is w's own");
  }

  @Test
  void aSharedReadThatRacesWithAWriteIsReported() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    ThreadState t3 = thread("t3");
    read(t1, get);
    read(t2, get);
    write(t3, inc); // two races; reads cleared
    races.clear();
    read(t1, get);
    read(t2, peek); // shared again, and t2 is not ordered after t3's write
    assertEquals(2, races.size());
    assertRace(races.get(0), false, get, t1, true, inc, "t3");
    assertRace(races.get(1), false, peek, t2, true, inc, "t3");
  }

  // ---- same epoch

  @Test
  void aSecondReadInTheSameEpochChangesNothing() {
    ThreadState t1 = thread("t1");
    read(t1, get);
    long readEpoch = v.readEpoch;
    read(t1, peek);
    assertEquals(readEpoch, v.readEpoch);
    assertEquals(get, v.readSite, "the site of the first read in the epoch is kept");
    assertNull(v.reads);
  }

  @Test
  void aSecondWriteInTheSameEpochChangesNothing() {
    ThreadState t1 = thread("t1");
    write(t1, inc);
    write(t1, reset);
    assertEquals(t1.epoch, v.writeEpoch);
    assertEquals(inc, v.writeSite);
  }

  @Test
  void aSecondSharedReadInTheSameEpochChangesNothing() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    read(t1, get);
    read(t2, get);
    ReadSet reads = v.reads;
    read(t2, peek);
    assertSame(reads, v.reads);
    assertEquals(get, v.reads.siteOf(t2.tid));
    assertEquals(t2.epoch, v.reads.epochOf(t2.tid));
  }

  @Test
  void aReadInALaterEpochRecordsTheNewEpochAndSite() {
    ThreadState t1 = thread("t1");
    read(t1, get);
    new SyncClock().release(t1);
    read(t1, peek);
    assertEquals(t1.epoch, v.readEpoch);
    assertEquals(peek, v.readSite);
  }

  // ---- ignore

  @Test
  void nothingIsRecordedWhileIgnoring() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    t1.ignore = 1;
    write(t1, inc);
    read(t1, get);
    assertEquals(Epoch.NONE, v.writeEpoch);
    assertEquals(Epoch.NONE, v.readEpoch);
    write(t2, reset);
    read(t2, get);
    assertEquals(List.of(), races);
  }

  @Test
  void nothingIsReportedWhileIgnoringAndRecordingResumesAfter() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    t2.ignore = 2;
    write(t2, reset);
    read(t2, get);
    assertEquals(List.of(), races);
    t2.ignore = 0;
    read(t2, get);
    assertEquals(1, races.size());
    assertRace(races.get(0), false, get, t2, true, inc, "t1");
  }

  // ---- reports

  @Test
  void anArrayElementIsNamedByItsTypeAndIndex() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    int[] table = new int[8];
    ArrayShadow s = new ArrayShadow(table.length);
    detector.element(s, 3, true, t1, arrayStore, table);
    detector.element(s, 3, false, t2, arrayLoad, table);
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertEquals("int[] element 3", r.variable());
    assertSame(sites.get(arrayLoad), r.current().site());
    assertSame(sites.get(arrayStore), r.previous().site());
  }

  @Test
  void anObjectArrayElementIsNamedByItsFullTypeName() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    String[][] names = new String[2][];
    ArrayShadow s = new ArrayShadow(names.length);
    detector.element(s, 0, true, t1, arrayStore, names);
    detector.element(s, 0, true, t2, arrayStore, names);
    assertEquals("java.lang.String[][] element 0", races.get(0).variable());
  }

  @Test
  void aJdkObjectIsNamedByItsClassAndIdentityWithTheFieldItCameFrom() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    int put = sites.add(new Site("com.acme.Cache", "store", "Cache.java", 7, "com.acme.Cache.map", "put"));
    int size = sites.add(new Site("com.acme.Cache", "count", "Cache.java", 9, null, "size"));
    java.util.HashMap<String, String> map = new java.util.HashMap<>();
    detector.write(v, t1, put, map);
    detector.read(v, t2, size, map);
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertEquals("java.util.HashMap@" + Integer.toHexString(System.identityHashCode(map)), r.variable());
    assertEquals("java.util.HashMap", r.jdkClass());
    assertEquals("com.acme.Cache.map", r.holder());
    assertEquals("size", r.current().site().call());
    assertEquals("put", r.previous().site().call());
  }

  @Test
  void theSinkIsCalledWithoutHoldingTheVariablesMonitor() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    List<Boolean> heldLock = new ArrayList<>();
    detector.setSink(race -> heldLock.add(Thread.holdsLock(v)));
    write(t1, inc);
    read(t2, get);
    write(t2, reset);
    assertEquals(List.of(false, false), heldLock);
  }

  @Test
  void setSinkRedirectsLaterReports() {
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    List<Race> other = new ArrayList<>();
    detector.setSink(other::add);
    write(t1, inc);
    write(t2, reset);
    assertEquals(List.of(), races);
    assertEquals(1, other.size());
  }

  @Test
  void thePreviousThreadIsNamedEvenAfterItsIdWasReused() {
    ThreadState parent = thread("main");
    ThreadState old = fork(parent, "old");
    write(old, inc);
    parent.acquire(old.clock); // parent joins old
    registry.detach(old);
    ThreadState young = fork(parent, "young");
    assertEquals(old.tid, young.tid, "the id whose end the parent saw is reused");
    ThreadState other = thread("other");
    write(other, reset);
    assertEquals(1, races.size());
    assertRace(races.get(0), true, reset, other, true, inc, "old");
  }

  @Test
  void integratedWithARaceReporterTheReportNamesBothSides() {
    List<String> out = new ArrayList<>();
    RaceReporter reporter = new RaceReporter(out::add, false, 66);
    detector.setSink(reporter);
    ThreadState t1 = thread("t1");
    ThreadState t2 = thread("t2");
    write(t1, inc);
    read(t2, get);
    assertEquals(1, reporter.reported());
    String[] lines = out.get(0).split("\n");
    assertEquals("==================", lines[0]);
    assertEquals("WARNING: DATA RACE", lines[1]);
    assertEquals("Read of com.acme.Counter.count at com.acme.Counter.get(Counter.java:20)"
        + " by thread \"t2\":", lines[2]);
    assertFalse(lines[3].startsWith("  at dev.jrace."), lines[3]);
    assertTrue(Arrays.asList(lines).contains(
        "Previous write at com.acme.Counter.inc(Counter.java:12) by thread \"t1\":"),
        out.get(0));
  }
}
