package racetest;
// no race
// Four threads count events in a LongAdder (which promises no ordering) and, inside a
// ReentrantLock, update plain fields; the plain fields are only touched under the lock or after
// join(), so the adder is never needed for ordering.
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

public class JucNoRaceLongAdderWithLock {
    static final LongAdder events = new LongAdder();
    static final ReentrantLock lock = new ReentrantLock();
    static long total;
    static int maxSeen;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 300; i++) {
                    events.increment();
                    lock.lock();
                    try {
                        total += i;
                        if (i + id > maxSeen) {
                            maxSeen = i + id;
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (events.sum() != 1200 || total != 4L * 300 * 299 / 2 || maxSeen != 302) {
            throw new AssertionError(total);
        }
    }
}
