package dev.jrace.benchmarks;

import bench.workloads.Json;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Go seed workload "encoding/json": Jackson databind on a code.json-like tree. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class JsonBenchmark {
  private Json json;

  @Setup
  public void setUp() {
    json = new Json(Sizes.JSON_NODES);
  }

  /** Parse the document into objects. */
  @Benchmark
  public long jsonDecode() {
    return json.decode();
  }

  /** Write the objects as JSON. */
  @Benchmark
  public int jsonEncode() {
    return json.encode();
  }
}
