package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final Site INC =
      new Site("com.acme.Counter", "inc", "Counter.java", 12, "com.acme.Counter.count");
  private static final Site GET =
      new Site("com.acme.Counter", "get", "Counter.java", 20, "com.acme.Counter.count");

  private static StackTraceElement frame(String cls, String method, String file, int line) {
    return new StackTraceElement(cls, method, file, line);
  }

  private static final StackTraceElement[] STACK = {
    frame("dev.jrace.shadow.Detector", "report", "Detector.java", 99),
    frame("dev.jrace.thunks.Thunks", "write", "Thunks.java", 50),
    frame("com.acme.Counter", "count$jrace$write", "Counter.java", -1),
    frame("com.acme.Counter", "inc", "Counter.java", 12),
    frame("dev.jrace.shadow.Helper", "call", "Helper.java", 3),
    frame("com.acme.Main", "main", "Main.java", 5),
  };

  @Test
  void formatsAWriteAgainstAPreviousReadLikeGoAndThreadSanitizer() {
    Race race = new Race("com.acme.Counter.count",
        new Access(true, INC, new ThreadInfo(null, "worker-1", null), STACK),
        new Access(false, GET, new ThreadInfo(null, "worker-0", null), null));
    assertEquals(
        "==================\n"
            + "WARNING: DATA RACE\n"
            + "Write of com.acme.Counter.count at com.acme.Counter.inc(Counter.java:12)"
            + " by thread \"worker-1\":\n"
            + "  at com.acme.Counter.inc(Counter.java:12)\n"
            + "  at dev.jrace.shadow.Helper.call(Helper.java:3)\n"
            + "  at com.acme.Main.main(Main.java:5)\n"
            + "\n"
            + "Previous read at com.acme.Counter.get(Counter.java:20) by thread \"worker-0\":\n"
            + "  at com.acme.Counter.get(Counter.java:20)\n"
            + "==================\n",
        TextReport.format(race));
  }

  @Test
  void formatsAReadAgainstAPreviousWrite() {
    Race race = new Race("int[] element 3",
        new Access(false, GET, new ThreadInfo(null, "reader", null), null),
        new Access(true, INC, new ThreadInfo(null, "writer", null), null));
    String[] lines = TextReport.format(race).split("\n", -1);
    assertEquals("==================", lines[0]);
    assertEquals("WARNING: DATA RACE", lines[1]);
    assertEquals("Read of int[] element 3 at com.acme.Counter.get(Counter.java:20)"
        + " by thread \"reader\":", lines[2]);
    assertEquals("  at com.acme.Counter.get(Counter.java:20)", lines[3]);
    assertEquals("", lines[4]);
    assertEquals("Previous write at com.acme.Counter.inc(Counter.java:12) by thread \"writer\":",
        lines[5]);
    assertEquals("  at com.acme.Counter.inc(Counter.java:12)", lines[6]);
    assertEquals("==================", lines[7]);
    assertEquals("", lines[8]);
    assertEquals(9, lines.length);
  }

  @Test
  void anArrayRaceNamesTheFieldTheArrayWasReadFrom() {
    Race race = new Race("int[] element 3", "com.acme.Counter.slots",
        new Access(false, GET, new ThreadInfo(null, "reader", null), null),
        new Access(true, INC, new ThreadInfo(null, "writer", null), null));
    String[] lines = TextReport.format(race).split("\n", -1);
    assertEquals("  at com.acme.Counter.inc(Counter.java:12)", lines[6]);
    assertEquals("", lines[7]);
    assertEquals("Location is an array read from field com.acme.Counter.slots", lines[8]);
    assertEquals("==================", lines[9]);
  }

  @Test
  void aRaceOnAJdkObjectShowsTheJdkMethodOnTopOfBothStacksAndNamesBoth() {
    Site put = new Site("com.acme.Cache", "store", "Cache.java", 7, "com.acme.Cache.entries", "put");
    Site get = new Site("com.acme.Cache", "lookup", "Cache.java", 11, "com.acme.Cache.entries", "get");
    Race race = new Race("java.util.HashMap@1b6d3586", "com.acme.Cache.entries", "java.util.HashMap",
        new Access(true, put, new ThreadInfo(null, "writer", null), null),
        new Access(false, get, new ThreadInfo(null, "reader", null), null));
    assertEquals(
        "==================\n"
            + "WARNING: DATA RACE\n"
            + "Write of java.util.HashMap@1b6d3586 at com.acme.Cache.store(Cache.java:7) by thread \"writer\":\n"
            + "  at java.base/java.util.HashMap.put(HashMap.java)\n"
            + "  at com.acme.Cache.store(Cache.java:7)\n"
            + "\n"
            + "Previous read at com.acme.Cache.lookup(Cache.java:11) by thread \"reader\":\n"
            + "  at java.base/java.util.HashMap.get(HashMap.java)\n"
            + "  at com.acme.Cache.lookup(Cache.java:11)\n"
            + "\n"
            + "Location is a java.util.HashMap (not thread-safe) read from field com.acme.Cache.entries:"
            + " HashMap.put vs HashMap.get\n"
            + "==================\n",
        TextReport.format(race));
  }

  @Test
  void aNestedJdkClassIsShownInItsOuterClassFile() {
    Site set = new Site("com.acme.Grid", "fill", "Grid.java", 3, null, "set");
    Race race = new Race("java.util.Arrays$ArrayList@10", null, "java.util.Arrays$ArrayList",
        new Access(true, set, new ThreadInfo(null, "a", null), null),
        new Access(true, set, new ThreadInfo(null, "b", null), null));
    String text = TextReport.format(race);
    assertTrue(text.contains("  at java.base/java.util.Arrays$ArrayList.set(Arrays.java)\n"), text);
    assertTrue(text.contains("Location is a java.util.Arrays$ArrayList (not thread-safe): "
        + "Arrays.ArrayList.set vs Arrays.ArrayList.set\n"), text);
  }

  @Test
  void aThreadWithoutANameIsNamedByItsId() throws InterruptedException {
    Thread unnamed = new Thread(() -> { }, "");
    Race race = new Race("v",
        new Access(true, INC, ThreadInfo.of(unnamed, null), null),
        new Access(false, GET, new ThreadInfo(null, "reader", null), null));
    assertTrue(TextReport.format(race).contains(" by thread #" + unnamed.getId() + ":\n"),
        TextReport.format(race));
  }

  @Test
  void aPreviousThreadNoLongerRememberedIsNamedAsEnded() {
    Race race = new Race("v",
        new Access(true, INC, new ThreadInfo(null, "t", null), null),
        new Access(true, GET, null, null));
    String[] lines = TextReport.format(race).split("\n");
    assertEquals("Previous write at com.acme.Counter.get(Counter.java:20)"
        + " by a thread that has ended:", lines[5]);
  }

  @Test
  void whereEachThreadWasCreatedIsShownWithoutJraceFrames() {
    StackTraceElement[] createdAt = {
      frame("dev.jrace.shadow.ThreadEdges", "starting", "ThreadEdges.java", 40),
      frame("com.acme.Main", "main", "Main.java", 8),
      frame("dev.jrace.thunks.Thunks", "start", "Thunks.java", 1),
      frame("com.acme.Main", "launch$jrace$start", "Main.java", 9),
    };
    ThreadInfo running = new ThreadInfo(Thread.currentThread(), "worker-1", createdAt);
    ThreadInfo made = new ThreadInfo(null, "worker-0",
        new StackTraceElement[] {frame("com.acme.Pool", "spawn", "Pool.java", 77)});
    Race race = new Race("com.acme.Counter.count",
        new Access(true, INC, running, null),
        new Access(false, GET, made, null));
    String name = Thread.currentThread().getName(); // a live thread is named by its name now
    assertEquals(
        "==================\n"
            + "WARNING: DATA RACE\n"
            + "Write of com.acme.Counter.count at com.acme.Counter.inc(Counter.java:12)"
            + " by thread \"" + name + "\":\n"
            + "  at com.acme.Counter.inc(Counter.java:12)\n"
            + "\n"
            + "Previous read at com.acme.Counter.get(Counter.java:20) by thread \"worker-0\":\n"
            + "  at com.acme.Counter.get(Counter.java:20)\n"
            + "\n"
            + "Thread \"" + name + "\" (running) created at:\n"
            + "  at com.acme.Main.main(Main.java:8)\n"
            + "\n"
            + "Thread \"worker-0\" (finished) created at:\n"
            + "  at com.acme.Pool.spawn(Pool.java:77)\n"
            + "==================\n",
        TextReport.format(race));
  }

  @Test
  void summaryCountsTheRaces() {
    assertEquals("jrace: found 0 data race(s)\n", TextReport.summary(0));
    assertEquals("jrace: found 1 data race(s)\n", TextReport.summary(1));
    assertEquals("jrace: found 12 data race(s)\n", TextReport.summary(12));
  }

  @Test
  void siteFramesLookLikeStackTraceElements() {
    assertEquals("com.acme.Counter.inc(Counter.java:12)", INC.frame());
    assertEquals("a.B.m(B.java)", new Site("a.B", "m", "B.java", 0, null).frame());
    assertEquals("a.B.m(Unknown Source)", new Site("a.B", "m", null, 5, null).frame());
    assertEquals(frame("a.B", "m", "B.java", 5).toString(),
        new Site("a.B", "m", "B.java", 5, null).frame());
  }

  @Test
  void accessKindsAreReadAndWrite() {
    assertEquals("write", new Access(true, INC, null, null).kind());
    assertEquals("read", new Access(false, INC, null, null).kind());
  }
}
