package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent's options, as a user sets them on the command line or in JRACE_OPTIONS. */
class OptionsIT {
  private static final String RACY = "racetest.RacyCounter";
  private static final String TWO_RACES = "racetest.RacyTwoRacesSameField";

  @Test
  void runningTheJarSaysItIsAnAgentAndHowToUseIt() throws Exception {
    ForkedJvm.Result r = ForkedJvm.java(java.util.List.of("-jar", ForkedJvm.AGENT.toAbsolutePath().toString()),
        Map.of(), ForkedJvm.CLASSES, null);
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.stdout().contains("java -javaagent:race.jar[=option=value,...] -jar app.jar"), r.all());
    assertTrue(r.stdout().contains("Options: exitcode, halt_on_error, log_path, include, exclude, verbose, history_size,"
        + " suppressions, report_limit, suppress_equal_stacks, format, html, mode."), r.all());
    ForkedJvm.Result bad = ForkedJvm.java(java.util.List.of("-jar", ForkedJvm.AGENT.toAbsolutePath().toString(),
        "inspect"), Map.of(), ForkedJvm.CLASSES, null);
    assertEquals(2, bad.exitCode(), bad.all());
    assertEquals("jrace: unknown command \"inspect\" (race.jar is an agent: use -javaagent:race.jar;"
        + " java -jar race.jar help says more)\n", bad.stderr(), bad.all());
  }

  @Test
  void aSuppressedRaceIsNotReportedAndDoesNotFailTheRun(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("jrace.supp");
    Files.writeString(file, "# the counter is a statistic: lost updates are fine\nrace:racetest.RacyCounter.count\n");
    ForkedJvm.Result r = ForkedJvm.run("suppressions=" + file, RACY);
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.stderr(), r.all());
  }

  @Test
  void aBadSuppressionsFileIsOneLineNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.supp");
    Files.writeString(file, "race:racetest.*\nrace racetest.RacyCounter\n");
    ForkedJvm.Result r = ForkedJvm.run("suppressions=" + file, RACY);
    assertEquals(2, r.exitCode(), r.all());
    assertEquals("jrace: suppressions " + file + ":2: \"race racetest.RacyCounter\" is not race:PATTERN"
        + " (a class, method, field or frame name; wildcards * ?)\n", r.stderr(), r.all());
    ForkedJvm.Result missing = ForkedJvm.run("suppressions=" + dir.resolve("none.supp"), RACY);
    assertEquals(2, missing.exitCode(), missing.all());
    assertEquals("jrace: option suppressions: cannot read " + dir.resolve("none.supp") + ": no such file\n",
        missing.stderr(), missing.all());
  }

  @Test
  void formatJsonWritesOneObjectPerLineAndASummary() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("format=json", TWO_RACES);
    assertEquals(66, r.exitCode(), r.all());
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String[] lines = r.stderr().split("\n");
    assertEquals(3, lines.length, r.all());
    for (int i = 0; i < 2; i++) {
      com.fasterxml.jackson.databind.JsonNode race = json.readTree(lines[i]);
      assertEquals("race", race.get("type").asText(), lines[i]);
      assertEquals("racetest.RacyTwoRacesSameField.x", race.get("variable").asText(), lines[i]);
    }
    assertEquals(json.readTree("{\"type\":\"summary\",\"races\":2,\"shown\":2}"), json.readTree(lines[2]));
    ReportSchemas.assertJsonLines(r.stderr());
  }

  @Test
  void formatSarifWritesOneDocumentToTheLogFile(@TempDir Path dir) throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("format=sarif,log_path=" + dir.resolve("race"), TWO_RACES);
    assertEquals(66, r.exitCode(), r.all());
    Path[] written;
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      written = files.toArray(Path[]::new);
    }
    assertEquals(1, written.length);
    com.fasterxml.jackson.databind.JsonNode doc =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(written[0].toFile());
    assertEquals("2.1.0", doc.get("version").asText());
    assertEquals(2, doc.get("runs").get(0).get("results").size(), doc.toString());
    ReportSchemas.assertSarif(doc);
  }

  /** The benchmarks' naive dispatch finds the same races by the same rules, and none where there is none. */
  @Test
  void modeNaiveReportsTheSameRaces() throws Exception {
    ForkedJvm.Result racy = ForkedJvm.run("mode=naive", "racetest.RacyCounter");
    assertEquals(66, racy.exitCode(), racy.all());
    assertTrue(racy.stderr().contains(" of racetest.RacyCounter.count at "), racy.all());
    for (String program : new String[] {"racetest.NoRaceArraysAllTypes", "racetest.NoRaceAnonymousAndLambda"}) {
      ForkedJvm.Result clean = ForkedJvm.run("mode=naive", program);
      assertEquals(0, clean.exitCode(), clean.all());
      assertEquals("", clean.stderr(), clean.all());
    }
  }

  @Test
  void reportLimitPrintsSoManyAndCountsAll() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("report_limit=1", TWO_RACES);
    assertEquals(66, r.exitCode(), r.all());
    assertEquals(1, ReportParser.count(r.stderr(), "WARNING: DATA RACE"), r.all());
    assertTrue(r.stderr().endsWith("jrace: found 2 data race(s), 1 shown (report_limit=1)\n"), r.all());
  }

  @Test
  void unknownOptionStopsTheJvmWithOneLineNamingIt() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("exitcode=1,colour=red", RACY);
    assertEquals(2, r.exitCode(), r.all());
    assertEquals("jrace: unknown option \"colour\" in agent arguments (known: exitcode, halt_on_error,"
        + " log_path, include, exclude, verbose, history_size, suppressions, report_limit,"
        + " suppress_equal_stacks, format, html, mode)\n", r.stderr(), r.all());
    assertEquals("", r.stdout());
  }

  @Test
  void malformedValuesAreNamed() throws Exception {
    assertOneLineError("exitcode=lots", "jrace: option exitcode: \"lots\" is not a whole number from 0 to 255");
    assertOneLineError("exitcode=300", "jrace: option exitcode: \"300\" is not a whole number from 0 to 255");
    assertOneLineError("format=xml", "jrace: option format: \"xml\" is not text, json or sarif");
    assertOneLineError("mode=fast", "jrace: option mode: \"fast\" is not race or naive");
    assertOneLineError("history_size=9", "jrace: option history_size: \"9\" is not a whole number from 0 to 8");
    assertOneLineError("halt_on_error=yes", "jrace: option halt_on_error: \"yes\" is not 0, 1, true or false");
    assertOneLineError("verbose", "jrace: malformed option \"verbose\" in agent arguments: expected key=value");
    assertOneLineError("include=com/acme", "jrace: option include: \"com/acme\" is not a class name pattern"
        + " (letters, digits, . $ _ and the wildcards * ?)");
  }

  /** Every option's bad values, empty ones included: one line naming the option and the value, status 2. */
  @Test
  void everyOptionsBadValueIsOneLine() throws Exception {
    assertOneLineError("exitcode=", "jrace: option exitcode: \"\" is not a whole number from 0 to 255");
    assertOneLineError("exitcode=-1", "jrace: option exitcode: \"-1\" is not a whole number from 0 to 255");
    assertOneLineError("halt_on_error=", "jrace: option halt_on_error: \"\" is not 0, 1, true or false");
    assertOneLineError("log_path=", "jrace: option log_path: empty path");
    assertOneLineError("exclude=racetest.*:com/acme", "jrace: option exclude: \"com/acme\" is not a class name pattern"
        + " (letters, digits, . $ _ and the wildcards * ?)");
    assertOneLineError("include=racetest.*::com.acme.*", "jrace: option include: \"\" is not a class name pattern"
        + " (letters, digits, . $ _ and the wildcards * ?)");
    assertOneLineError("verbose=TRUE", "jrace: option verbose: \"TRUE\" is not 0, 1, true or false");
    assertOneLineError("history_size=-1", "jrace: option history_size: \"-1\" is not a whole number from 0 to 8");
    assertOneLineError("history_size=3.5", "jrace: option history_size: \"3.5\" is not a whole number from 0 to 8");
    assertOneLineError("report_limit=-1",
        "jrace: option report_limit: \"-1\" is not a whole number from 0 to 2147483647");
    assertOneLineError("report_limit=99999999999",
        "jrace: option report_limit: \"99999999999\" is not a whole number from 0 to 2147483647");
    assertOneLineError("suppress_equal_stacks=2", "jrace: option suppress_equal_stacks: \"2\" is not 0, 1, true or false");
    assertOneLineError("format=", "jrace: option format: \"\" is not text, json or sarif");
    assertOneLineError("mode=", "jrace: option mode: \"\" is not race or naive");
    assertOneLineError("=5", "jrace: malformed option \"=5\" in agent arguments: expected key=value");
    assertOneLineError("exitcode=1,,format=json", "jrace: malformed option \"\" in agent arguments: expected key=value");
  }

  /** A suppressions file that is a directory, or not text: one line, status 2. */
  @Test
  void suppressionsThatCannotBeReadAreNamed(@TempDir Path dir) throws Exception {
    assertOneLineError("suppressions=" + dir, "jrace: option suppressions: cannot read " + dir + ": a directory, not a file");
    Path binary = dir.resolve("binary.supp");
    Files.write(binary, new byte[] {'r', 'a', 'c', 'e', ':', (byte) 0xFF, (byte) 0xFE, '\n'});
    assertOneLineError("suppressions=" + binary, "jrace: option suppressions: cannot read " + binary + ": not UTF-8 text");
    Path empty = dir.resolve("empty.supp");
    Files.writeString(empty, "# nothing suppressed\n\n");
    ForkedJvm.Result r = ForkedJvm.run("suppressions=" + empty, RACY);
    assertEquals(66, r.exitCode(), r.all());
  }

  /** A report directory jrace could not write at exit is an error at start, not a warning when the run is over. */
  @Test
  void htmlDirectoryThatCannotBeMadeIsAnErrorAtStart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a directory");
    assertOneLineError("html=" + file, "jrace: option html: " + file + " is a file, not a directory");
    assertOneLineError("html=" + file.resolve("report"),
        "jrace: option html: cannot make the directory " + file.resolve("report") + ": " + file + " is a file");
    ForkedJvm.Result made = ForkedJvm.run("html=" + dir.resolve("new/report"), RACY);
    assertEquals(66, made.exitCode(), made.all());
    assertTrue(Files.isRegularFile(dir.resolve("new/report/index.html")), made.all());
  }

  @Test
  void badEnvironmentOptionsNameTheVariable() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, Map.of("JRACE_OPTIONS", "nope=1"), RACY);
    assertEquals(2, r.exitCode(), r.all());
    assertTrue(r.stderr().startsWith("jrace: unknown option \"nope\" in JRACE_OPTIONS"), r.all());
  }

  @Test
  void exitcodeReplacesGosSixtySix() throws Exception {
    assertEquals(3, ForkedJvm.run("exitcode=3", RACY).exitCode());
    ForkedJvm.Result zero = ForkedJvm.run("exitcode=0", RACY);
    assertEquals(0, zero.exitCode(), zero.all());
    assertEquals(1, ReportParser.count(zero.stderr(), "WARNING: DATA RACE"), zero.all());
  }

  @Test
  void environmentOptionsApplyAndAgentArgumentsWin() throws Exception {
    assertEquals(7, ForkedJvm.run(null, Map.of("JRACE_OPTIONS", "exitcode=7"), RACY).exitCode());
    assertEquals(9, ForkedJvm.run("exitcode=9", Map.of("JRACE_OPTIONS", "exitcode=7"), RACY).exitCode());
  }

  @Test
  void haltOnErrorStopsAtTheFirstReport() throws Exception {
    ForkedJvm.Result all = ForkedJvm.run(null, TWO_RACES);
    assertEquals(2, ReportParser.count(all.stderr(), "WARNING: DATA RACE"), all.all());
    ForkedJvm.Result first = ForkedJvm.run("halt_on_error=1", TWO_RACES);
    assertEquals(66, first.exitCode(), first.all());
    assertEquals(1, ReportParser.count(first.stderr(), "WARNING: DATA RACE"), first.all());
    assertTrue(first.stderr().endsWith("jrace: found 1 data race(s)\n"), first.all());
  }

  @Test
  void logPathWritesPrefixDotPid(@TempDir Path dir) throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("log_path=" + dir.resolve("race"), RACY);
    assertEquals(66, r.exitCode(), r.all());
    assertEquals("", r.stderr());
    Path[] logs = Files.list(dir).toArray(Path[]::new);
    assertEquals(1, logs.length);
    assertTrue(logs[0].getFileName().toString().matches("race\\.\\d+"), logs[0].toString());
    String log = Files.readString(logs[0]);
    assertEquals(1, ReportParser.count(log, "WARNING: DATA RACE"), log);
    assertTrue(log.endsWith("jrace: found 1 data race(s)\n"), log);
  }

  @Test
  void unwritableLogPathIsAnError(@TempDir Path dir) throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("log_path=" + dir.resolve("missing/dir/race"), RACY);
    assertEquals(2, r.exitCode(), r.all());
    assertTrue(r.stderr().startsWith("jrace: option log_path: cannot write "), r.all());
    assertEquals(1, r.stderr().lines().count(), r.all());
  }

  @Test
  void excludedClassesAreNotWatched() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("exclude=racetest.RacyC*", RACY);
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("", r.stderr());
    ForkedJvm.Result other = ForkedJvm.run("include=racetest.NoRace*:racetest.Other", RACY);
    assertEquals(0, other.exitCode(), other.all());
    ForkedJvm.Result kept = ForkedJvm.run("include=racetest.Racy?ounter", RACY);
    assertEquals(66, kept.exitCode(), kept.all());
  }

  @Test
  void verboseSaysWhatWasInstrumented() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run("verbose=1", RACY);
    assertTrue(r.stderr().contains("jrace: instrumented racetest.RacyCounter\n"), r.all());
  }

  private static void assertOneLineError(String args, String line) throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(args, RACY);
    assertEquals(2, r.exitCode(), r.all());
    assertEquals(line + "\n", r.stderr(), r.all());
  }
}
