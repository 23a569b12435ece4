package dev.jrace.benchmarks;

import bench.workloads.Fields;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** (a) Field-heavy loops. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class FieldsBenchmark {
  private Fields.Counter counter;
  private Fields.Particles particles;

  @Setup
  public void setUp() {
    counter = new Fields.Counter();
    particles = new Fields.Particles(1024);
  }

  /** 10,000 rounds of 4 field reads and 4 writes on one object. */
  @Benchmark
  public long fieldsOneObject() {
    return counter.run(10_000);
  }

  /** 10 steps over 1,024 objects: about 40,000 field reads and 20,000 writes. */
  @Benchmark
  public double fieldsManyObjects() {
    return particles.run(10);
  }
}
