package racetest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

// 5,000 virtual threads alive at once, each waiting until all have started: far more than
// jrace's 256 thread ids, which pass from waiting threads to running ones and back. Each writes
// its own element before and after the wait and adds to a total under a lock; main reads all
// after joining them. Correctly synchronized: no report.
public class VtNoRaceManyLiveThreads {
    static final int THREADS = 5_000;
    static final long[] own = new long[THREADS];
    static final ReentrantLock lock = new ReentrantLock();
    static long total;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(THREADS);
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            int me = i;
            threads[i] = Thread.ofVirtual().start(() -> {
                own[me] = me;
                allStarted.countDown();
                try {
                    allStarted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                lock.lock();
                try {
                    total += own[me];
                } finally {
                    lock.unlock();
                }
                own[me]++;
            });
        }
        long sum = 0;
        for (int i = 0; i < THREADS; i++) {
            threads[i].join();
            sum += own[i];
        }
        System.out.println(total + " " + sum);
    }
}
