package dev.jrace.benchmarks;

import bench.workloads.VirtualThreads;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** 100,000 virtual threads (JDK 21 and later; n/a on older JDKs). */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class VirtualThreadsBenchmark {
  private VirtualThreads virtualThreads;

  @Setup
  public void setUp() {
    virtualThreads = new VirtualThreads(Sizes.VIRTUAL_THREADS);
  }

  /** Start 100,000 virtual threads that each write a slot and add under a lock; wait for all. */
  @Benchmark
  @MinJdk(21)
  public long virtualThreads100k() throws Exception {
    return virtualThreads.run();
  }
}
