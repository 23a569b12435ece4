package dev.jrace.benchmarks;

import bench.workloads.Bzip2;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Go seed workload "compress/bzip2": Commons Compress bzip2 of a fixed text. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class Bzip2Benchmark {
  private Bzip2 bzip2;

  @Setup
  public void setUp() {
    bzip2 = new Bzip2(Sizes.BZIP2_BYTES);
  }

  /** Compress the text (100 k blocks). */
  @Benchmark
  public int bzip2Compress() {
    return bzip2.compress();
  }

  /** Decompress it. */
  @Benchmark
  public long bzip2Decompress() {
    return bzip2.decompress();
  }
}
