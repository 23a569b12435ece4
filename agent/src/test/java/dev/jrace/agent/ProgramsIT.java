package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every program in {@code racetest} run under race.jar in its own JVM: a racy one must print
 * exactly the reports its source comments announce and exit 66; a race-free one nothing, exit 0.
 * The programs that need JDK 21 (virtual threads) live apart, in {@code src/test/jdk21}, and are
 * compiled and run when the tests run on JDK 21 or later.
 */
class ProgramsIT {
  private static final Path JDK21_SOURCES = ForkedJvm.SOURCES.resolveSibling("jdk21");

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return Corpus.tests(ForkedJvm.SOURCES, true, source -> check(source, ForkedJvm.CLASSES));
  }

  @TestFactory
  Stream<DynamicTest> corpusJdk21(@TempDir Path classes) throws IOException {
    Assumptions.assumeTrue(Runtime.version().feature() >= 21, "these programs need JDK 21");
    List<String> args = new ArrayList<>(List.of("-d", classes.toString()));
    try (Stream<Path> sources = Files.list(JDK21_SOURCES.resolve("racetest"))) {
      sources.map(Path::toString).filter(p -> p.endsWith(".java")).forEach(args::add);
    }
    assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0])));
    return Corpus.tests(JDK21_SOURCES, true, source -> check(source, classes));
  }

  private static void check(Path source, Path classes) throws Exception {
    int expected = Expectations.of(source).size();
    ForkedJvm.Result r = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()),
        Map.of(), classes, Corpus.className(source));
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
