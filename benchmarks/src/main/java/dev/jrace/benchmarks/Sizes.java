package dev.jrace.benchmarks;

/** The sizes of the larger workloads, in one place (each op takes about 1 to 50 ms without jrace). */
final class Sizes {
  /** Characters of text for {@link RegexBenchmark}. */
  static final int REGEX_TEXT = 32 * 1024;
  /** Bytes of text for {@link Bzip2Benchmark}. */
  static final int BZIP2_BYTES = 128 * 1024;
  /** Nodes in the tree for {@link JsonBenchmark}. */
  static final int JSON_NODES = 5_000;
  /** Threads and rounds per thread for {@link SharedBenchmark#locked16Threads}. */
  static final int LOCKED_THREADS = 16;
  static final int LOCKED_ROUNDS = 2_000;
  /** Virtual threads for {@link VirtualThreadsBenchmark}. */
  static final int VIRTUAL_THREADS = Integer.getInteger("jrace.virtualThreads", 100_000);

  private Sizes() {}
}
