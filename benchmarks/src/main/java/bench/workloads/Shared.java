package bench.workloads;

/** Several threads sharing data under {@code synchronized}. */
public final class Shared {
  private Shared() {}

  /** A counter and a histogram, guarded by the counter's monitor. */
  public static final class Counter {
    private long count;
    private final long[] histogram = new long[16];

    public synchronized void increment() {
      count++;
      histogram[(int) (count & 15)]++;
    }

    public synchronized long count() {
      return count;
    }
  }

  /** One worker: {@code increments} synchronized updates of the shared counter. */
  private static final class Worker implements Runnable {
    private final Counter counter;
    private final int increments;

    Worker(Counter counter, int increments) {
      this.counter = counter;
      this.increments = increments;
    }

    @Override
    public void run() {
      for (int i = 0; i < increments; i++) {
        counter.increment();
      }
    }
  }

  /**
   * Starts {@code threads} threads that each increment one shared counter {@code increments}
   * times under its monitor, joins them, and returns the count. Thread start and join are part of
   * the work.
   */
  public static long startAndJoin(int threads, int increments) throws InterruptedException {
    Counter counter = new Counter();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(new Worker(counter, increments), "bench-worker-" + t);
    }
    for (Thread w : workers) {
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    long count = counter.count();
    if (count != (long) threads * increments) {
      throw new IllegalStateException("lost updates: " + count);
    }
    return count;
  }
}
