package bench.workloads;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Many threads sharing data under locks: an inventory (a {@link HashMap}) guarded by a
 * {@link ReentrantReadWriteLock}, a ledger guarded by a {@link ReentrantLock} and a totals object
 * guarded by its monitor. Every thread reads mostly, writes sometimes, and does a little private
 * work between the critical sections.
 */
public final class Locked {
  private final int threads;
  private final int rounds;

  public Locked(int threads, int rounds) {
    this.threads = threads;
    this.rounds = rounds;
  }

  private static final class Totals {
    private long reads;
    private long writes;

    synchronized void add(long r, long w) {
      reads += r;
      writes += w;
    }

    synchronized long sum() {
      return reads + writes;
    }
  }

  private static final class Store {
    final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    final Map<Integer, long[]> inventory = new HashMap<>();
    final ReentrantLock ledgerLock = new ReentrantLock();
    final long[] ledger = new long[64];
    final Totals totals = new Totals();
  }

  private static final class Worker implements Runnable {
    private final Store store;
    private final int id;
    private final int rounds;

    Worker(Store store, int id, int rounds) {
      this.store = store;
      this.id = id;
      this.rounds = rounds;
    }

    @Override
    public void run() {
      long reads = 0;
      long writes = 0;
      int x = id * 7919 + 1;
      for (int i = 0; i < rounds; i++) {
        x = x * 1103515245 + 12345;
        int key = (x >>> 8) & 255;
        if ((i & 7) != 0) {
          store.rw.readLock().lock();
          try {
            long[] item = store.inventory.get(key);
            if (item != null) {
              reads += item[0] + item[1];
            }
          } finally {
            store.rw.readLock().unlock();
          }
        } else {
          store.rw.writeLock().lock();
          try {
            long[] item = store.inventory.computeIfAbsent(key, k -> new long[2]);
            item[0]++;
            item[1] += id;
          } finally {
            store.rw.writeLock().unlock();
          }
          store.ledgerLock.lock();
          try {
            store.ledger[key & 63] += i;
          } finally {
            store.ledgerLock.unlock();
          }
          writes++;
        }
        // private work between critical sections
        int[] local = new int[16];
        for (int j = 0; j < local.length; j++) {
          local[j] = x ^ j;
        }
        reads += local[x & 15] & 1;
      }
      store.totals.add(reads, writes);
    }
  }

  /** Starts the threads, joins them, and returns a digest of the shared state. */
  public long run() throws InterruptedException {
    Store store = new Store();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = new Thread(new Worker(store, t, rounds), "bench-locked-" + t);
    }
    for (Thread w : workers) {
      w.start();
    }
    for (Thread w : workers) {
      w.join();
    }
    long digest = store.totals.sum();
    for (long[] item : store.inventory.values()) {
      digest += item[0];
    }
    for (long l : store.ledger) {
      digest += l;
    }
    return digest;
  }
}
