package racetest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

// Two thousand virtual threads update shared counters, one under a ReentrantLock and one in a
// synchronized block; main reads them after joining every thread. No race.
public class VtNoRaceLocks {
    static final ReentrantLock LOCK = new ReentrantLock();
    static final Object MONITOR = new Object();
    static long locked;
    static long synced;

    public static void main(String[] args) throws Exception {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            threads.add(Thread.startVirtualThread(() -> {
                LOCK.lock();
                try {
                    locked++;
                } finally {
                    LOCK.unlock();
                }
                synchronized (MONITOR) {
                    synced++;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (locked != 2_000 || synced != 2_000) {
            throw new AssertionError(locked + " " + synced);
        }
    }
}
