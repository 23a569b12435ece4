package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
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
    return Corpus.tests(ForkedJvm.SOURCES, true, ProgramsIT::check);
  }

  private static void check(Path source) throws Exception {
    int expected = Expectations.of(source).size();
    ForkedJvm.Result r = ForkedJvm.run(null, Corpus.className(source));
    Corpus.assertReports(source, r.stderr(), r.all());
    assertEquals(expected, ReportParser.count(r.stderr(), "WARNING: DATA RACE"), r.all());
    assertEquals(expected == 0 ? 0 : 66, r.exitCode(), r.all());
    if (expected > 0) {
      assertEquals(1, ReportParser.count(r.stderr(), "jrace: found " + expected + " data race(s)"), r.all());
    }
    assertFalse(r.stderr().contains("Exception") || r.stderr().contains("jrace: warning")
        || r.stderr().contains("internal error") || r.stderr().contains("VM warning"), r.all());
  }
}
