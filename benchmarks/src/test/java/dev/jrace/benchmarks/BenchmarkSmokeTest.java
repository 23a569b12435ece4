package dev.jrace.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One benchmark, one 100 ms iteration, in each mode, through the same code as {@link Compare}:
 * JMH's forks start from this JVM's class path, the agent loads in the race fork, and both give a
 * positive score. No benchmark runs longer in the build than this.
 */
class BenchmarkSmokeTest {
  @Test
  @Timeout(120)
  void oneBenchmarkRunsWithoutAndWithTheAgent() throws Exception {
    Compare.Settings settings = new Compare.Settings(
        Compare.agentPath(),
        Compare.DEFAULT_AGENT_ARGS,
        List.of("SharedBenchmark\\.syncCounter4Threads$"),
        1,
        0,
        TimeValue.milliseconds(100),
        1,
        TimeValue.milliseconds(100),
        List.of(),
        VerboseMode.NORMAL);
    assertEquals(List.of("dev.jrace.benchmarks.SharedBenchmark.syncCounter4Threads"),
        Compare.benchmarks(settings));

    List<Compare.Row> rows = Compare.run(settings, System.out);
    System.out.print(Compare.table(rows));

    assertEquals(1, rows.size());
    Compare.Row row = rows.get(0);
    assertEquals("SharedBenchmark.syncCounter4Threads", row.benchmark());
    assertFalse(row.failed(), "a run failed: see the JMH output above");
    assertTrue(row.off().getScore() > 0, "off score " + row.off().getScore());
    assertTrue(row.race().getScore() > 0, "race score " + row.race().getScore());
    assertTrue(Double.isFinite(row.ratio()) && row.ratio() > 0, "ratio " + row.ratio());
  }
}
