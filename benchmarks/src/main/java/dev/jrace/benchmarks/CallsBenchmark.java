package dev.jrace.benchmarks;

import bench.workloads.Calls;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** (c) Call-heavy work. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class CallsBenchmark {
  /** A field, not a constant, so that the JIT cannot fold fib(n). */
  private int n = 20;
  private Calls.SmallMethods smallMethods;

  @Setup
  public void setUp() {
    smallMethods = new Calls.SmallMethods();
  }

  /** Recursive fib(20): 21,891 calls, no heap access. */
  @Benchmark
  public int fib() {
    return Calls.fib(n);
  }

  /** 10,000 rounds of a private call, a static call and an interface call. */
  @Benchmark
  public int smallMethods() {
    return smallMethods.run(10_000);
  }
}
