package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report as a user reads it: every part in place, in order. */
class ReportIT {
  @Test
  void theDemoReportNamesBothAccessesTheirThreadsAndWhereTheThreadsStarted() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "demo.Bank");
    assertEquals(66, r.exitCode(), r.all());
    String teller = "\"teller-(alice|bob)\"";
    Pattern report = Pattern.compile("""
        ==================
        WARNING: DATA RACE
        (Read|Write) of demo\\.Bank\\$Account\\.balance at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\) by thread TELLER:
          at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\)
          at demo\\.Bank\\.lambda\\$main\\$[01]\\(Bank\\.java:2[23]\\)
          at java\\.base/java\\.lang\\.Thread\\.run\\(Thread\\.java:\\d+\\)

        Previous (read|write) at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\) by thread TELLER:
          at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\)
          at demo\\.Bank\\.lambda\\$main\\$[01]\\(Bank\\.java:2[23]\\)

        Thread TELLER \\((running|finished)\\) created at:
          at demo\\.Bank\\.main\\(Bank\\.java:2[45]\\)

        Thread TELLER \\((running|finished)\\) created at:
          at demo\\.Bank\\.main\\(Bank\\.java:2[45]\\)
        ==================
        jrace: found 1 data race\\(s\\)
        """.replace("TELLER", teller));
    assertTrue(report.matcher(r.stderr()).matches(), r.all());
    assertTrue(r.stdout().matches("balance: (100|50|150)\n"), r.all());
  }

  /** The previous access's stack, restored from its thread's history: every frame, with its line. */
  @Test
  void thePreviousAccessShowsItsWholeCallChain() throws Exception {
    assertReport(null, "DeepChain", 26, """
        Previous write at racetest.report.DeepChain.c(DeepChain.java:9) by thread "worker":
          at racetest.report.DeepChain.c(DeepChain.java:9)
          at racetest.report.DeepChain.b(DeepChain.java:13)
          at racetest.report.DeepChain.a(DeepChain.java:17)
          at racetest.report.DeepChain.lambda$main$0(DeepChain.java:21)
        """, 22);
  }

  @Test
  void aRecursionShowsEachOfItsFrames() throws Exception {
    assertReport(null, "Recursion", 21, """
        Previous write at racetest.report.Recursion.down(Recursion.java:9) by thread "worker":
          at racetest.report.Recursion.down(Recursion.java:9)
          at racetest.report.Recursion.down(Recursion.java:11)
          at racetest.report.Recursion.down(Recursion.java:11)
          at racetest.report.Recursion.down(Recursion.java:11)
          at racetest.report.Recursion.lambda$main$0(Recursion.java:16)
        """, 17);
  }

  @Test
  void framesAnExceptionUnwoundAreGoneFromTheStack() throws Exception {
    assertReport(null, "Unwound", 33, """
        Previous write at racetest.report.Unwound.write(Unwound.java:16) by thread "worker":
          at racetest.report.Unwound.write(Unwound.java:16)
          at racetest.report.Unwound.work(Unwound.java:23)
        """, 29);
  }

  @Test
  void anAccessOlderThanTheHistorySaysItsStackIsLost() throws Exception {
    assertReport("history_size=1", "Overflow", 30, """
        Previous write at racetest.report.Overflow.write(Overflow.java:10) by thread "worker":
          at racetest.report.Overflow.write(Overflow.java:10)
          [failed to restore the stack: the access is older than its thread's history; a larger history_size keeps more]
        """, 26);
    assertReport("history_size=5", "Overflow", 30, """
        Previous write at racetest.report.Overflow.write(Overflow.java:10) by thread "worker":
          at racetest.report.Overflow.write(Overflow.java:10)
          at racetest.report.Overflow.work(Overflow.java:18)
        """, 26);
  }

  /**
   * A pool thread's write through a method reference a JDK method calls: the program's frames
   * of it, and where the pool thread was made (which names the submitting call).
   */
  @Test
  void aPoolThreadsAccessShowsTheProgramFramesAndWhereItsThreadCameFrom() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.report.PoolTask");
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(r.stderr().contains("""
        Previous write at racetest.report.PoolTask.bump(PoolTask.java:15) by thread "worker":
          at racetest.report.PoolTask.bump(PoolTask.java:15)
          at racetest.report.PoolTask.work(PoolTask.java:19)
          In a task submitted by thread "main" at:
            at racetest.report.PoolTask.main(PoolTask.java:24)

        Thread "worker" (running) created at:
        """), r.all());
    assertTrue(r.stderr().contains("  at racetest.report.PoolTask.main(PoolTask.java:24)\n=================="),
        r.all());
  }

  /**
   * Each access in a pool task names where the task was submitted (by its thread and stack),
   * whichever of the two accesses comes first; the JSON report carries the same.
   */
  @Test
  void anAccessInAPoolTaskSaysWhereTheTaskWasSubmitted() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.report.Tasks");
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(r.stderr().contains("""
          In a task submitted by thread "main" at:
            at racetest.report.Tasks.submitFirst(Tasks.java:21)
            at racetest.report.Tasks.main(Tasks.java:39)
        """), r.all());
    assertTrue(r.stderr().contains("""
          In a task submitted by thread "main" at:
            at racetest.report.Tasks.submitSecond(Tasks.java:25)
            at racetest.report.Tasks.main(Tasks.java:41)
        """), r.all());
    assertTrue(Pattern.compile("""
        Thread "first" \\(running\\) created at:
        (  at java\\.base/.*
        )*  at racetest\\.report\\.Tasks\\.main\\(Tasks\\.java:31\\)
        """).matcher(r.stderr()).find(), r.all());

    ForkedJvm.Result json = ForkedJvm.run("format=json", "racetest.report.Tasks");
    ReportSchemas.assertJsonLines(json.stderr());
    com.fasterxml.jackson.databind.JsonNode race = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(json.stderr().lines().findFirst().orElseThrow());
    java.util.Set<String> submitters = new java.util.TreeSet<>();
    for (String side : new String[] {"current", "previous"}) {
      com.fasterxml.jackson.databind.JsonNode submitted = race.path(side).path("submitted");
      assertEquals("main", submitted.path("thread").path("name").asText(), json.all());
      submitters.add(submitted.path("stack").path(0).path("method").asText() + ":"
          + submitted.path("stack").path(0).path("line").asInt());
    }
    assertEquals(java.util.Set.of("submitFirst:21", "submitSecond:25"), submitters, json.all());
  }

  /** A parallel stream's lambda: the worker's access names the stream call its task was forked from. */
  @Test
  void aParallelStreamsLambdaOnAWorkerSaysWhereTheStreamRan() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.report.Streams");
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(Pattern.compile("""
        by thread "ForkJoinPool\\.commonPool-worker-\\d+":
          at racetest\\.report\\.Streams\\.add\\(Streams\\.java:15\\)
          at racetest\\.report\\.Streams\\.lambda\\$sum\\$0\\(Streams\\.java:21\\)
        (  at java\\.base/.*
        )*  In a task submitted by thread "main" at:
            at racetest\\.report\\.Streams\\.sum\\(Streams\\.java:19\\)
            at racetest\\.report\\.Streams\\.main\\(Streams\\.java:34\\)
        """).matcher(r.stderr()).find(), r.all());
    assertTrue(Pattern.compile("""
        by thread "main":
          at racetest\\.report\\.Streams\\.add\\(Streams\\.java:15\\)
          at racetest\\.report\\.Streams\\.lambda\\$sum\\$0\\(Streams\\.java:21\\)
        (  at java\\.base/.*
        )*  at racetest\\.report\\.Streams\\.sum\\(Streams\\.java:19\\)
          at racetest\\.report\\.Streams\\.main\\(Streams\\.java:34\\)
        """).matcher(r.stderr()).find(), r.all());
  }

  @Test
  void withoutHistoryThePreviousAccessShowsItsOwnFrame() throws Exception {
    assertReport("history_size=0", "DeepChain", 26, """
        Previous write at racetest.report.DeepChain.c(DeepChain.java:9) by thread "worker":
          at racetest.report.DeepChain.c(DeepChain.java:9)
        """, 22);
  }

  /**
   * The whole report of a {@code racetest.report} program whose main reads {@code x} at line
   * {@code readLine} after its thread "worker", started at {@code startLine}, wrote it.
   */
  private static void assertReport(String options, String program, int readLine, String previous, int startLine)
      throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(options, "racetest.report." + program);
    String at = "racetest.report." + program + ".main(" + program + ".java:";
    assertEquals("==================\n"
        + "WARNING: DATA RACE\n"
        + "Read of racetest.report." + program + ".x at " + at + readLine + ") by thread \"main\":\n"
        + "  at " + at + readLine + ")\n"
        + "\n"
        + previous
        + "\n"
        + "Thread \"worker\" (finished) created at:\n"
        + "  at " + at + startLine + ")\n"
        + "==================\n"
        + "jrace: found 1 data race(s)\n", r.stderr(), r.all());
    assertEquals(66, r.exitCode(), r.all());
  }

  /** TSan's "mutexes" line: the locks each access held, named by where the lock came from. */
  @Test
  void eachAccessSaysWhichLocksItHeld() throws Exception {
    ForkedJvm.Result two = ForkedJvm.run(null, "racetest.RacyTwoLocks");
    assertTrue(two.stderr().contains("  Locks held: racetest.RacyTwoLocks.lockA (taken at"
        + " racetest.RacyTwoLocks.lambda$main$0(RacyTwoLocks.java:12))\n"), two.all());
    assertTrue(two.stderr().contains("  Locks held: racetest.RacyTwoLocks.lockB (taken at"
        + " racetest.RacyTwoLocks.lambda$main$1(RacyTwoLocks.java:19))\n"), two.all());
    ForkedJvm.Result oneSide = ForkedJvm.run(null, "racetest.JucRacyLockOneSide");
    assertTrue(oneSide.stderr().contains("  Locks held: none\n"), oneSide.all());
    assertTrue(oneSide.stderr().contains("  Locks held: racetest.JucRacyLockOneSide.lock (taken at"
        + " racetest.JucRacyLockOneSide.lambda$main$0(JucRacyLockOneSide.java:14))\n"), oneSide.all());
    // which thread's access comes first varies; the one without the lock is always line 24's
    assertTrue(Pattern.compile("\nOther accesses of racetest\\.JucRacyLockOneSide\\.count hold"
        + " racetest\\.JucRacyLockOneSide\\.lock: the (read|write) at racetest\\.JucRacyLockOneSide\\.lambda\\$main\\$1"
        + "\\(JucRacyLockOneSide\\.java:24\\) holds none\n").matcher(oneSide.stderr()).find(), oneSide.all());
    ForkedJvm.Result none = ForkedJvm.run(null, "racetest.RacyCounter");
    assertFalse(none.stderr().contains("Locks held"), none.all());
  }

  @Test
  void anArrayRaceSaysWhichFieldHeldTheArray() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.RacyFinalArrayElements");
    assertTrue(r.stderr().contains("\nLocation is an array read from field racetest.RacyFinalArrayElements.TABLE\n"),
        r.all());
  }
}
