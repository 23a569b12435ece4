package dev.jrace.benchmarks;

import bench.workloads.Locked;
import bench.workloads.Shared;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** (d) Several threads sharing data under locks. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SharedBenchmark {
  /** Start 4 threads, each doing 2,500 synchronized updates of one shared counter; join them. */
  @Benchmark
  public long syncCounter4Threads() throws InterruptedException {
    return Shared.startAndJoin(4, 2_500);
  }

  /**
   * Start 16 threads that share a map under a read-write lock, a ledger under a ReentrantLock and
   * totals under a monitor (2,000 rounds each, one write in eight); join them.
   */
  @Benchmark
  public long locked16Threads() throws InterruptedException {
    return new Locked(Sizes.LOCKED_THREADS, Sizes.LOCKED_ROUNDS).run();
  }
}
