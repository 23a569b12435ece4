package dev.jrace.thunks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jrace.shadow.Log;
import dev.jrace.shadow.Race;
import dev.jrace.shadow.RaceReporter;
import dev.jrace.shadow.RaceRuntime;
import dev.jrace.shadow.Site;
import dev.jrace.shadow.SyncClock;
import dev.jrace.shadow.ThreadInfo;
import dev.jrace.shadow.ThreadState;
import dev.jrace.shadow.VarState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entry points: what they filter before the shadow core, and that nothing escapes them. */
class ThunksTest {
  private final List<Race> races = new ArrayList<>();
  private ThreadState a;
  private ThreadState b;
  private int site;

  @BeforeEach
  void twoUnorderedThreads() {
    RaceRuntime.DETECTOR.setSink(races::add);
    a = RaceRuntime.THREADS.attach(new ThreadInfo(null, "a", null), null);
    b = RaceRuntime.THREADS.attach(new ThreadInfo(null, "b", null), null);
    site = RaceRuntime.SITES.add(new Site("com.acme.Counter", "inc", "Counter.java", 12, "com.acme.Counter.count"));
  }

  @AfterEach
  void restore() {
    RaceRuntime.DETECTOR.setSink(new RaceReporter(System.err::print, false, 66));
    RaceRuntime.THREADS.detach(a);
    RaceRuntime.THREADS.detach(b);
  }

  @Test
  void writesByUnorderedThreadsRace() {
    VarState v = new VarState();
    Thunks.write(v, a, site);
    Thunks.write(v, b, site);
    assertEquals(1, races.size());
    assertEquals("com.acme.Counter.count", races.get(0).variable());
  }

  @Test
  void callsOnAWatchedJdkObjectRaceAsReadsAndWritesOfTheWholeObject() {
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    Thunks.objectRead(map, a, site);
    Thunks.objectRead(map, b, site);
    assertEquals(List.of(), races, "two reads");
    Thunks.objectWrite(map, a, site);
    assertEquals(1, races.size(), "a write after b's read");
    assertEquals("java.util.HashMap", races.get(0).jdkClass());
  }

  @Test
  void callsOnObjectsThatAreNotWatchedAreNotAccesses() {
    Object[] notWatched = {new java.util.concurrent.ConcurrentHashMap<>(), new StringBuffer(), "text",
        new java.util.ArrayList<Object>() { }, null};
    for (Object o : notWatched) {
      Thunks.objectWrite(o, a, site);
      Thunks.objectWrite(o, b, site);
    }
    assertEquals(List.of(), races);
  }

  @Test
  void aNullShadowIsANullReceiverAndLeftToTheJvm() {
    Thunks.read(null, a, site);
    Thunks.write(null, a, site);
    Thunks.readElement(null, 0, a, site);
    Thunks.writeRange(null, 0, 3, a, site);
    assertEquals(List.of(), races);
  }

  @Test
  void sameEpochAccessesStopInTheThunk() {
    VarState v = new VarState();
    Thunks.write(v, a, site);
    long written = v.writeEpoch;
    Thunks.write(v, a, site);
    Thunks.read(v, a, site);
    Thunks.read(v, a, site);
    assertEquals(written, v.writeEpoch);
    assertEquals(a.epoch, v.readEpoch);
  }

  @Test
  void outOfBoundsElementsAndRangesAreLeftToTheJvm() {
    int[] array = new int[4];
    Thunks.writeElement(array, 4, a, site);
    Thunks.writeElement(array, -1, a, site);
    Thunks.writeRange(array, 2, 3, a, site);
    Thunks.readRange(array, 3, 2, a, site);
    Thunks.readElement(array, 4, b, site);
    Thunks.readRange(array, 0, 5, b, site);
    assertEquals(List.of(), races);
  }

  @Test
  void aRangeRacesOnItsLowestConflictingElement() {
    long[] array = new long[8];
    Thunks.writeElement(array, 5, a, site);
    Thunks.readRange(array, 2, 6, b, site);
    assertEquals(1, races.size());
    assertEquals("long[] element 5", races.get(0).variable());
  }

  /** A holder with a volatile flag, as instrumented code would see it. */
  static final class Flag {
    volatile boolean set;
  }

  @Test
  void aVolatileWriteSeenByAReadOrdersPlainAccesses() throws Exception {
    assertEquals(List.of(), handOver(true));
  }

  @Test
  void withoutTheVolatileEdgeTheSameAccessesRace() throws Exception {
    assertEquals(1, handOver(false).size());
  }

  /** A writer publishes data through a volatile flag to a reader, in two real threads. */
  private List<Race> handOver(boolean acquire) throws Exception {
    VarState data = new VarState();
    Flag flag = new Flag();
    int field = SyncThunks.volatileField(Flag.class.getName(), "set", false);
    Thread writer = new Thread(() -> {
      Thunks.write(data, Thunks.current(), site);
      SyncThunks.volatileWrite(flag, field, true);
      flag.set = true;
    });
    Thread reader = new Thread(() -> {
      while (!flag.set) {
        Thread.onSpinWait();
      }
      if (acquire) {
        SyncThunks.volatileRead(flag, field, true);
      }
      Thunks.read(data, Thunks.current(), site);
    });
    writer.start();
    reader.start();
    writer.join();
    reader.join();
    return races;
  }

  @Test
  void monitorExitThenEnterOrdersPlainAccesses() {
    VarState data = new VarState();
    Object lock = new Object();
    Thunks.monitorEnter(lock, a);
    Thunks.write(data, a, site);
    Thunks.monitorExit(lock, a);
    Thunks.monitorEnter(lock, b);
    Thunks.write(data, b, site);
    Thunks.monitorExit(lock, b);
    assertEquals(List.of(), races);
  }

  @Test
  void anExceptionInsideTheRuntimeIsContainedAndTold() {
    RaceRuntime.DETECTOR.setSink(race -> {
      throw new IllegalStateException("broken sink");
    });
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true));
    Log.setVerbose(true); // the first internal error is always told, later ones under verbose
    try {
      VarState v = new VarState();
      Thunks.write(v, a, site);
      Thunks.write(v, b, site);
    } finally {
      Log.setVerbose(false);
      System.setErr(err);
    }
    assertTrue(captured.toString().contains("jrace: internal error (detection may be incomplete): "
        + "java.lang.IllegalStateException: broken sink"), captured.toString());
  }
}
