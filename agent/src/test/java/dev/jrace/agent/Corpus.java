package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/** The racy and race-free programs of package {@code racetest}, as one dynamic test each. */
final class Corpus {
  private Corpus() {}

  /**
   * One test per program source in {@code sourceRoot/racetest}, named after its class; with
   * {@code withJdk} false, not the {@code Juc*} and {@code Jdk*} ones, which need the JDK's own
   * classes watched.
   */
  static Stream<DynamicTest> tests(Path sourceRoot, boolean withJdk, ThrowingConsumer<Path> check)
      throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(sourceRoot.resolve("racetest"))) {
      sources = s.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> withJdk || !needsJdk(p.getFileName().toString())).sorted().toList();
    }
    return sources.stream().map(src -> DynamicTest.dynamicTest(className(src), () -> check.accept(src)));
  }

  private static boolean needsJdk(String file) {
    return file.startsWith("Juc") || file.startsWith("Jdk");
  }

  static String className(Path source) {
    String f = source.getFileName().toString();
    return "racetest." + f.substring(0, f.length() - ".java".length());
  }

  /** The reports in {@code output} are exactly the races the source announces, in any order. */
  static void assertReports(Path source, String output, String context) throws IOException {
    assertEquals(sorted(Expectations.of(source)), sorted(ReportParser.races(output)), context);
  }

  private static String sorted(List<Expectations.ExpectedRace> races) {
    return races.stream().map(Object::toString).sorted(Comparator.naturalOrder()).toList().toString();
  }
}
