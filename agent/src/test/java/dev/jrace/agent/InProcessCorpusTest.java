package dev.jrace.agent;

import dev.jrace.shadow.RaceReporter;
import dev.jrace.shadow.RaceRuntime;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus again, instrumented in-process by {@link InstrumentingLoader}: the same expected
 * reports as under race.jar, in a fraction of the time, and each class verified by the JVM.
 * Programs synchronized through java.util.concurrent need race.jar: ProgramsIT runs them.
 */
class InProcessCorpusTest {
  @AfterAll
  static void restoreSink() {
    RaceRuntime.DETECTOR.setSink(new RaceReporter(System.err::print, false, 66));
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws IOException {
    return Corpus.tests(Path.of("src/test/java"), false, InProcessCorpusTest::check);
  }

  private static void check(Path source) throws Exception {
    StringBuffer out = new StringBuffer();
    RaceRuntime.DETECTOR.setSink(new RaceReporter(out::append, false, 66));
    ClassLoader loader = new InstrumentingLoader("racetest.", RaceRuntime.SITES);
    loader.loadClass(Corpus.className(source)).getMethod("main", String[].class)
        .invoke(null, (Object) new String[0]);
    Corpus.assertReports(source, out.toString(), out.toString());
  }
}
