package dev.jrace.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One benchmark, one 100 ms iteration, in the modes off and race, through the same code as
 * {@link Compare}: JMH's forks start from this JVM's class path, the agent loads in the race fork,
 * and both give a positive score; then the footprint of each mode, a fresh JVM each, for a few
 * operations; then the chart. No benchmark runs longer in the build than this. (The naive mode is
 * left out here: the build must not depend on it.)
 */
class BenchmarkSmokeTest {
  @Test
  @Timeout(120)
  void oneBenchmarkRunsWithoutAndWithTheAgent() throws Exception {
    Properties p = new Properties();
    p.setProperty("jrace.agent", Compare.agentPath().toString());
    p.setProperty("jrace.modes", "off,race");
    p.setProperty("jrace.bench", "SharedBenchmark\\.syncCounter4Threads$");
    p.setProperty("jrace.warmupIterations", "0");
    p.setProperty("jrace.iterations", "1");
    p.setProperty("jrace.time", "100ms");
    p.setProperty("jrace.footprintWarmup", "0ms");
    p.setProperty("jrace.footprintTime", "0ms");
    Compare.Settings settings = Compare.Settings.from(p);
    assertEquals(List.of("dev.jrace.benchmarks.SharedBenchmark.syncCounter4Threads"),
        Compare.benchmarks(settings));

    List<Compare.Row> rows = Compare.run(settings, System.out);
    System.out.print(Report.markdown(settings, rows, "-"));

    assertEquals(1, rows.size());
    Compare.Row row = rows.get(0);
    assertEquals("SharedBenchmark.syncCounter4Threads", row.benchmark());
    assertFalse(row.failed(settings.modes()), "a run failed: see the JMH output above");
    assertTrue(row.score("off") > 0, "off score " + row.score("off"));
    assertTrue(row.score("race") > 0, "race score " + row.score("race"));
    assertTrue(Double.isFinite(row.ratio()) && row.ratio() > 0, "ratio " + row.ratio());
    for (String mode : settings.modes()) {
      Compare.Memory m = row.memory().get(mode);
      assertNotNull(m, "no footprint in mode " + mode + ": see its output above");
      assertTrue(m.ops() >= 3 && m.peakHeapBytes() > 0 && m.peakLiveBytes() > 0 && m.peakRssKb() > 0,
          mode + ": " + m);
    }
    String svg = Chart.svg(settings, rows);
    assertTrue(svg.startsWith("<svg") && svg.contains("SharedBenchmark.syncCounter4Threads"), svg);
  }

  @Test
  void virtualThreadsAreNotApplicableBefore21() {
    String na = Compare.notApplicable("dev.jrace.benchmarks.VirtualThreadsBenchmark.virtualThreads100k");
    assertEquals(Runtime.version().feature() < 21, na != null, String.valueOf(na));
  }
}
