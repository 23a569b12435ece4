package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * jrace's JUnit extension as a user meets it: JUnit launched in a JVM under race.jar (which
 * registers the extension itself) fails the tests during which a race happened, with the
 * report, and no other; a race no test failed for makes the run end with jrace's exit status.
 */
class JUnitIT {
  private static final String CASES = "[engine:junit-jupiter]/[class:racetest.junit.";

  /** JUnit's result of each test and container that ran ({@code FAILED}, {@code SUCCESSFUL}), by unique id. */
  private record Run(ForkedJvm.Result jvm, Map<String, String> results, Map<String, String> messages) {
    String result(String test) {
      return results.getOrDefault(CASES + test, "did not run: " + test + "\n" + jvm.all());
    }

    String message(String test) {
      return messages.getOrDefault(CASES + test, "");
    }
  }

  private static Run launch(boolean agent, String... classes) throws Exception {
    List<String> path = new ArrayList<>(List.of(ForkedJvm.CLASSES.toAbsolutePath().toString()));
    for (Class<?> c : List.of(org.junit.jupiter.api.Test.class, org.junit.jupiter.engine.JupiterTestEngine.class,
        org.junit.jupiter.params.ParameterizedTest.class, org.junit.platform.commons.util.ReflectionUtils.class,
        org.junit.platform.engine.TestEngine.class, org.junit.platform.launcher.Launcher.class,
        org.opentest4j.AssertionFailedError.class, dev.jrace.junit.RaceExtension.class)) {
      if (agent && c == dev.jrace.junit.RaceExtension.class) {
        continue; // with the agent, the extension comes from race.jar
      }
      path.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    List<String> jvm = agent ? List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()) : List.of();
    ForkedJvm.Result r = ForkedJvm.java(jvm, Map.of(), Path.of(String.join(File.pathSeparator, path)),
        "racetest.junit.Launch", classes);
    Map<String, String> results = new TreeMap<>();
    Map<String, String> messages = new TreeMap<>();
    String last = null;
    for (String line : r.stdout().split("\n")) {
      if (line.startsWith("SUCCESSFUL ") || line.startsWith("FAILED ") || line.startsWith("ABORTED ")) {
        last = line.substring(line.indexOf(' ') + 1);
        results.put(last, line.substring(0, line.indexOf(' ')));
      } else if (last != null) {
        messages.merge(last, line + "\n", String::concat);
      }
    }
    return new Run(r, results, messages);
  }

  @Test
  void theTestsDuringWhichARaceHappenedFailWithItsReport() throws Exception {
    Run run = launch(true, "racetest.junit.RacyCases");
    String[][] racy = {
      {"RacyCases]/[method:racyThreads()]", "racetest.junit.RacyCases.threads"},
      {"RacyCases]/[method:racyPoolTask()]", "racetest.junit.RacyCases.inPool"},
      {"RacyCases]/[test-template:racyWhenTrue(boolean)]/[test-template-invocation:#2]",
          "racetest.junit.RacyCases.parameterized"},
      {"RacyCases]/[method:racyWithTimeoutInAnotherThread()]", "racetest.junit.RacyCases.timed"},
      {"RacyCases]/[nested-class:Inner]/[method:racyNested()]", "racetest.junit.RacyCases$Inner.nested"},
    };
    for (String[] test : racy) {
      assertEquals("FAILED", run.result(test[0]), test[0] + "\n" + run.jvm().all());
      String message = run.message(test[0]);
      assertTrue(message.startsWith("  jrace: 1 data race(s) during "), message);
      assertTrue(message.contains("WARNING: DATA RACE\n"), message);
      assertTrue(message.contains(" of " + test[1] + " at "), test[1] + "\n" + message);
    }
    for (String test : List.of("RacyCases]/[method:raceFreeAfterARacyTest()]",
        "RacyCases]/[test-template:racyWhenTrue(boolean)]/[test-template-invocation:#1]",
        "RacyCases]/[test-template:raceFreeRepeated()]/[test-template-invocation:#1]",
        "RacyCases]/[test-template:raceFreeRepeated()]/[test-template-invocation:#2]",
        "RacyCases]/[nested-class:Inner]/[method:raceFreeNested()]", "RacyCases]", "RacyCases]/[nested-class:Inner]")) {
      assertEquals("SUCCESSFUL", run.result(test), test + "\n" + run.jvm().all());
    }
    // every race failed its test: the run keeps its own exit status
    assertEquals(0, run.jvm().exitCode(), run.jvm().all());
    assertTrue(run.jvm().stderr().endsWith("jrace: found 5 data race(s)\n"), run.jvm().all());
  }

  @Test
  void aRaceAfterItsTestEndedFailsNoTestButTheRun() throws Exception {
    Run run = launch(true, "racetest.junit.LateCases");
    assertEquals("SUCCESSFUL", run.result("LateCases]/[method:leavesThreadsBehind()]"), run.jvm().all());
    assertEquals("SUCCESSFUL", run.result("LateCases]/[method:runsWhileTheyRace()]"), run.jvm().all());
    assertTrue(run.jvm().stderr().contains(" of racetest.junit.LateCases.late at "), run.jvm().all());
    assertEquals(66, run.jvm().exitCode(), run.jvm().all());
  }

  @Test
  void testsRunningInParallelFailForTheirOwnRacesOnly() throws Exception {
    Run run = launch(true, "racetest.junit.ParallelCases");
    assertEquals("FAILED", run.result("ParallelCases]/[method:racyFirst()]"), run.jvm().all());
    assertTrue(run.message("ParallelCases]/[method:racyFirst()]").contains(" of racetest.junit.ParallelCases.first at "),
        run.jvm().all());
    assertEquals("FAILED", run.result("ParallelCases]/[method:racySecond()]"), run.jvm().all());
    assertTrue(run.message("ParallelCases]/[method:racySecond()]").contains(" of racetest.junit.ParallelCases.second at "),
        run.jvm().all());
    assertEquals("SUCCESSFUL", run.result("ParallelCases]/[method:raceFreeThird()]"), run.jvm().all());
    assertEquals("SUCCESSFUL", run.result("ParallelCases]/[method:raceFreeFourth()]"), run.jvm().all());
  }

  @Test
  void anExtensionNamedByHandWorksWithTheAgentAndSaysOnceThatItIsIdleWithout() throws Exception {
    Run with = launch(true, "racetest.junit.ExplicitCases");
    assertEquals("FAILED", with.result("ExplicitCases]/[method:racy()]"), with.jvm().all());
    assertEquals("SUCCESSFUL", with.result("ExplicitCases]/[method:raceFree()]"), with.jvm().all());

    Run without = launch(false, "racetest.junit.ExplicitCases");
    assertEquals("SUCCESSFUL", without.result("ExplicitCases]/[method:racy()]"), without.jvm().all());
    assertEquals("SUCCESSFUL", without.result("ExplicitCases]/[method:raceFree()]"), without.jvm().all());
    assertEquals("jrace: RaceExtension is registered but the jrace agent is not loaded (-javaagent:race.jar):"
        + " these tests are not checked for data races\n", without.jvm().stderr(), without.jvm().all());
    assertEquals(0, without.jvm().exitCode(), without.jvm().all());
  }
}
