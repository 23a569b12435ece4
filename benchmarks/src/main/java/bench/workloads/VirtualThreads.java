package bench.workloads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Many virtual threads (JDK 21 and later; found by reflection, so that this compiles for release
 * 17): each task computes a little on its own, writes its own slot of a shared array, and adds to a
 * shared total under a lock. The caller waits for every task through its future.
 */
public final class VirtualThreads {
  private final int tasks;
  private final long[] results;
  private final ReentrantLock lock = new ReentrantLock();
  private long total;

  public VirtualThreads(int tasks) {
    this.tasks = tasks;
    this.results = new long[tasks];
  }

  /** Whether this JVM has virtual threads. */
  public static boolean supported() {
    return Runtime.version().feature() >= 21;
  }

  private static ExecutorService newVirtualThreadPerTaskExecutor() {
    try {
      return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new UnsupportedOperationException("virtual threads need JDK 21 or later, this is "
          + Runtime.version(), e);
    }
  }

  /** Runs every task in its own virtual thread, waits for all, and returns a digest. */
  public long run() throws InterruptedException, ExecutionException {
    ExecutorService executor = newVirtualThreadPerTaskExecutor();
    List<Future<?>> futures = new ArrayList<>(tasks);
    try {
      for (int i = 0; i < tasks; i++) {
        int index = i;
        futures.add(executor.submit(() -> work(index)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      executor.shutdown();
    }
    long digest;
    lock.lock();
    try {
      digest = total;
      total = 0;
    } finally {
      lock.unlock();
    }
    for (long r : results) {
      digest += r;
    }
    return digest;
  }

  private void work(int index) {
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
}
