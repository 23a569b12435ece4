package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar race.jar report merge}: the JSON reports of several JVMs as one, each race once. */
class ReportMergeIT {
  @TempDir
  static Path dir;
  private static final List<String> reports = new ArrayList<>();

  /** Three JVMs: two of them found the same race (RacyCounter), one another (RacyTwoLocks). */
  @BeforeAll
  static void threeRuns() throws Exception {
    for (String run : List.of("RacyCounter", "RacyTwoLocks", "RacyCounter")) {
      ForkedJvm.run("format=json,log_path=" + dir.resolve(run + reports.size()), "racetest." + run);
      reports.add(run);
    }
  }

  private static ForkedJvm.Result merge(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("-jar", ForkedJvm.AGENT.toAbsolutePath().toString(), "report", "merge"));
    command.addAll(List.of(args));
    return ForkedJvm.java(command, Map.of(), ForkedJvm.CLASSES, null);
  }

  private static String[] files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(Path::toString).sorted().toArray(String[]::new);
    }
  }

  /** What a JVM's text report says about pool tasks and unheld locks, the merged one says too. */
  @Test
  void taskOriginsAndUnheldLocksSurviveTheMerge(@TempDir Path own) throws Exception {
    for (String program : List.of("racetest.report.Tasks", "racetest.JucRacyLockOneSide")) {
      ForkedJvm.run("format=json,log_path=" + own.resolve("report"), program);
    }
    String[] files;
    try (Stream<Path> s = Files.list(own)) {
      files = s.map(Path::toString).toArray(String[]::new);
    }
    ForkedJvm.Result r = merge(files);
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(r.stdout().contains("""
          In a task submitted by thread "main" at:
            at racetest.report.Tasks.submitFirst(Tasks.java:21)
            at racetest.report.Tasks.main(Tasks.java:39)
        """), r.all());
    assertTrue(r.stdout().contains("Other accesses of racetest.JucRacyLockOneSide.count hold"
        + " racetest.JucRacyLockOneSide.lock: the "), r.all());
  }

  @Test
  void textListsEachRaceOnceAndFailsTheRun() throws Exception {
    ForkedJvm.Result r = merge(files());
    assertEquals(66, r.exitCode(), r.all());
    assertEquals(2, ReportParser.count(r.stdout(), "WARNING: DATA RACE"), r.all());
    assertTrue(r.stdout().contains("Read of racetest.RacyTwoLocks.balance")
        || r.stdout().contains("Write of racetest.RacyTwoLocks.balance"), r.all());
    assertTrue(r.stdout().contains("  Locks held: racetest.RacyTwoLocks.lock"), r.all());
    assertTrue(r.stdout().endsWith("jrace: found 2 data race(s)\n"), r.all());
  }

  @Test
  void sarifAndJsonHoldTheSameRaces() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ForkedJvm.Result sarif = merge(Stream.concat(Stream.of("--format", "sarif"), Stream.of(files())).toArray(String[]::new));
    assertEquals(66, sarif.exitCode(), sarif.all());
    JsonNode doc = json.readTree(sarif.stdout());
    assertEquals(2, doc.get("runs").get(0).get("results").size(), sarif.all());
    ReportSchemas.assertSarif(doc);
    ForkedJvm.Result lines = merge(Stream.concat(Stream.of("--format", "json"), Stream.of(files())).toArray(String[]::new));
    String[] out = lines.stdout().split("\n");
    assertEquals(3, out.length, lines.all());
    assertEquals("summary", json.readTree(out[2]).get("type").asText());
    assertEquals(2, json.readTree(out[2]).get("races").asInt());
    ReportSchemas.assertJsonLines(lines.stdout());
    for (String file : files()) {
      ReportSchemas.assertJsonLines(Files.readString(Path.of(file)));
    }
  }

  @Test
  void badInputIsOneLineNamingFileAndLine(@TempDir Path other) throws Exception {
    Path bad = other.resolve("bad.json");
    Files.writeString(bad, "{\"type\":\"summary\",\"races\":0,\"shown\":0}\n{\"type\":\"race\",\n");
    ForkedJvm.Result r = merge(bad.toString());
    assertEquals(2, r.exitCode(), r.all());
    assertEquals("jrace: report merge: " + bad + ":2: expected a member name at character 16\n", r.stderr(), r.all());
    ForkedJvm.Result missing = merge(other.resolve("none.json").toString());
    assertEquals(2, missing.exitCode(), missing.all());
    assertEquals("jrace: report merge: cannot read " + other.resolve("none.json") + ": no such file\n",
        missing.stderr(), missing.all());
    ForkedJvm.Result text = merge(other.resolve("none.json").toString().replace("none.json", ""), "--format", "xml");
    assertEquals(2, text.exitCode(), text.all());
  }
}
