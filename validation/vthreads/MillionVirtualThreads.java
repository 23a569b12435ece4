import java.lang.management.ManagementFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Issue 7's thread churn with virtual threads: N virtual threads (default 1,000,000) from one
 * virtual-thread-per-task executor, each computing a little, writing its own element of a shared
 * array and adding to a total under a ReentrantLock; closing the executor waits for all of them.
 * Correctly synchronized. Prints the time, a digest (the same with and without the agent) and
 * the peak heap in use (sampled every 50 ms), for validation/million-virtual-threads.sh.
 */
public class MillionVirtualThreads {
  private static final ReentrantLock lock = new ReentrantLock();
  private static long total;
  private static long[] results;
  private static volatile long peak;

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    results = new long[n];
    Thread sampler = new Thread(MillionVirtualThreads::sample);
    sampler.setDaemon(true);
    sampler.start();
    long start = System.nanoTime();
    try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int i = 0; i < n; i++) {
        int index = i;
        executor.submit(() -> work(index));
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    long digest;
    lock.lock();
    try {
      digest = total;
    } finally {
      lock.unlock();
    }
    for (long r : results) {
      digest += r;
    }
    System.out.printf("threads=%d time_ms=%d digest=%d peak_heap_mib=%d%n", n, millis, digest, peak >> 20);
  }

  private static void work(int index) {
    long x = index;
    for (int i = 0; i < 32; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
    }
    results[index] = x & 0xffff;
    lock.lock();
    try {
      total += index & 7;
    } finally {
      lock.unlock();
    }
  }

  private static void sample() {
    while (true) {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (used > peak) {
        peak = used;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        return;
      }
    }
  }
}
