package racetest;

import java.util.concurrent.CountDownLatch;

// 600 threads alive at once, more than jrace has thread ids: each takes a monitor, then writes
// a shared field outside it. A write after one thread's unlock is not ordered with the write
// of a thread that took the monitor earlier: the race is found although ids changed hands.
public class RacyMoreLiveThreadsThanIds {
    static final int THREADS = 600;
    static final Object lock = new Object();
    static long total;
    static int last;

    public static void main(String[] args) throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(THREADS);
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            int me = i;
            threads[i] = new Thread(() -> {
                allStarted.countDown();
                try {
                    allStarted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                synchronized (lock) {
                    total += me;
                }
                last = me; // race: racetest.RacyMoreLiveThreadsThanIds.last
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(total + " " + last);
    }
}
