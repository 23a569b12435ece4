package racetest;

import java.util.concurrent.CountDownLatch;

// 600 threads alive at once, more than jrace has thread ids (256): ids are taken from threads
// that wait and handed back to them when they go on. Each thread writes its own element before
// and after the wait and adds to a total under a monitor; main reads all after joining them.
// Correctly synchronized: no report, whichever ids the threads end up with.
public class NoRaceMoreLiveThreadsThanIds {
    static final int THREADS = 600;
    static final long[] own = new long[THREADS];
    static final Object lock = new Object();
    static long total;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(THREADS);
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                own[me] = me;
                allStarted.countDown();
                try {
                    allStarted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                synchronized (lock) {
                    total += own[me];
                }
                own[me]++;
            });
            threads[i].start();
        }
        long sum = 0;
        for (int i = 0; i < THREADS; i++) {
            threads[i].join();
            sum += own[i];
        }
        System.out.println(total + " " + sum);
    }
}
