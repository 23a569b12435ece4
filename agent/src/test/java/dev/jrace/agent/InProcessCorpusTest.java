package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jrace.shadow.RaceReporter;
import dev.jrace.shadow.RaceRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus again, instrumented in-process by {@link InstrumentingLoader}: the same expected
 * reports as under race.jar, in a fraction of the time, and each class verified by the JVM.
 */
class InProcessCorpusTest {
  @AfterAll
  static void restoreSink() {
    RaceRuntime.DETECTOR.setSink(new RaceReporter(System.err::print, false, 66));
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(Path.of("src/test/java/racetest"))) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    return sources.stream().map(src -> DynamicTest.dynamicTest(name(src), () -> check(src)));
  }

  private static String name(Path source) {
    String f = source.getFileName().toString();
    return f.substring(0, f.length() - ".java".length());
  }

  private static void check(Path source) throws Exception {
    StringBuilder out = new StringBuilder();
    RaceRuntime.DETECTOR.setSink(new RaceReporter(text -> {
      synchronized (out) {
        out.append(text);
      }
    }, false, 66));
    ClassLoader loader = new InstrumentingLoader("racetest.", RaceRuntime.SITES);
    Class<?> main = loader.loadClass("racetest." + name(source));
    main.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    String report;
    synchronized (out) {
      report = out.toString();
    }
    assertEquals(sorted(Expectations.of(source)).toString(), sorted(ReportParser.races(report)).toString(), report);
  }

  private static List<Expectations.ExpectedRace> sorted(List<Expectations.ExpectedRace> races) {
    return races.stream().sorted(Comparator.comparing(Expectations.ExpectedRace::toString)).toList();
  }
}
