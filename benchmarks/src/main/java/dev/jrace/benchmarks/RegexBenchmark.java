package dev.jrace.benchmarks;

import bench.workloads.Regex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Go seed workload "regexp": RE2/J over a fixed text. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class RegexBenchmark {
  private Regex regex;

  @Setup
  public void setUp() {
    regex = new Regex(Sizes.REGEX_TEXT);
  }

  /** Compile 7 patterns, find all their matches in a 32 KB text, rewrite its dates. */
  @Benchmark
  public long regexp() {
    return regex.run();
  }
}
