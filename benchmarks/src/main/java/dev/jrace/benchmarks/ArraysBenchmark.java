package dev.jrace.benchmarks;

import bench.workloads.ArrayKernels;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** (b) Array kernels. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class ArraysBenchmark {
  private ArrayKernels.PrefixSum prefixSum;
  private ArrayKernels.MatMul matMul;

  @Setup
  public void setUp() {
    prefixSum = new ArrayKernels.PrefixSum(16_384);
    matMul = new ArrayKernels.MatMul(48);
  }

  /** Fill and prefix-sum an int[16384]: about 32,000 element writes and 16,000 reads. */
  @Benchmark
  public int prefixSum() {
    return prefixSum.run();
  }

  /** 48 x 48 double matrix multiply: about 221,000 element reads and 113,000 writes. */
  @Benchmark
  public double matMul() {
    return matMul.run();
  }
}
