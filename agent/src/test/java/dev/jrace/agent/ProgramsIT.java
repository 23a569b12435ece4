package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program in {@code racetest} run under race.jar in its own JVM: a racy one must print
 * exactly the reports its source comments announce and exit 66; a race-free one nothing, exit 0.
 */
class ProgramsIT {
  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    Path dir = ForkedJvm.SOURCES.resolve("racetest");
    List<Path> sources;
    try (Stream<Path> s = Files.list(dir)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    return sources.stream().map(src -> DynamicTest.dynamicTest(name(src), () -> check(src)));
  }

  private static String name(Path source) {
    String f = source.getFileName().toString();
    return f.substring(0, f.length() - ".java".length());
  }

  private static void check(Path source) throws Exception {
    List<Expectations.ExpectedRace> expected = sorted(Expectations.of(source));
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest." + name(source));
    List<Expectations.ExpectedRace> reported = sorted(ReportParser.races(r.stderr()));
    assertEquals(expected.toString(), reported.toString(), r.all());
    assertEquals(expected.size(), ReportParser.count(r.stderr(), "WARNING: DATA RACE"), r.all());
    assertEquals(expected.isEmpty() ? 0 : 66, r.exitCode(), r.all());
    if (!expected.isEmpty()) {
      assertEquals(1, ReportParser.count(r.stderr(), "jrace: found " + expected.size() + " data race(s)"), r.all());
    }
    assertFalse(r.stderr().contains("Exception") || r.stderr().contains("jrace: warning")
        || r.stderr().contains("internal error") || r.stderr().contains("VM warning"), r.all());
  }

  private static List<Expectations.ExpectedRace> sorted(List<Expectations.ExpectedRace> races) {
    return races.stream().sorted(Comparator.comparing(Expectations.ExpectedRace::toString)).toList();
  }
}
