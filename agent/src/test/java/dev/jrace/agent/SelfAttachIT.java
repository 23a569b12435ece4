package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code JRace.install()}: a program started without {@code -javaagent}, race.jar on its class
 * path, starts jrace itself. Its fields are watched whether their class was loaded before
 * (side table) or after (shadow fields); a bad option is an exception in the caller.
 */
class SelfAttachIT {
  private static ForkedJvm.Result run(String mainClass, String... args) throws Exception {
    Path classPath = Path.of(ForkedJvm.CLASSES.toAbsolutePath() + File.pathSeparator + ForkedJvm.AGENT.toAbsolutePath());
    return ForkedJvm.java(List.of("-XX:+EnableDynamicAgentLoading"), Map.of(), classPath, mainClass, args);
  }

  @Test
  void fieldsOfClassesLoadedBeforeAndAfterAreWatched() throws Exception {
    ForkedJvm.Result r = run("racetest.attach.SelfAttach");
    assertEquals(66, r.exitCode(), r.all());
    assertEquals(2, ReportParser.count(r.stderr(), "WARNING: DATA RACE"), r.all());
    assertTrue(r.stderr().contains(" of racetest.attach.SelfAttach.early at racetest.attach.SelfAttach.bump(SelfAttach.java:18)"),
        r.all());
    assertTrue(r.stderr().contains(" of racetest.attach.Work.late at racetest.attach.Work.both(SelfAttach.java:38)"), r.all());
    assertTrue(r.stderr().endsWith("jrace: found 2 data race(s)\n"), r.all());
    assertTrue(r.stdout().startsWith("[static int racetest.attach.Work.late]\n"), r.all());
  }

  @Test
  void aSynchronizedProgramStaysQuiet() throws Exception {
    ForkedJvm.Result r = run("racetest.attach.SelfAttachNoRace");
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.stderr(), r.all());
    assertEquals("2\n", r.stdout(), r.all());
  }

  @Test
  void aBadOptionIsAnExceptionInTheCaller() throws Exception {
    ForkedJvm.Result r = run("racetest.attach.SelfAttach", "history_size=9");
    assertEquals(1, r.exitCode(), r.all());
    assertTrue(r.stderr().startsWith("Exception in thread \"main\" java.lang.IllegalArgumentException: jrace: option"
        + " history_size"), r.all());
  }
}
