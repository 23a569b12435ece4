package racetest;
// no race
// A spin lock on an AtomicInteger that records its owner: compareAndSet(0, id) to acquire,
// set(0) to release. It guards a plain counter and a plain array of per-owner tallies updated
// by three threads; main reads them after join().
import java.util.concurrent.atomic.AtomicInteger;

public class JucNoRaceAtomicIntegerCasLock {
    static final class CasLock {
        final AtomicInteger owner = new AtomicInteger();

        void lock(int id) {
            while (!owner.compareAndSet(0, id)) {
                Thread.yield();
            }
        }

        void unlock(int id) {
            if (owner.get() != id) {
                throw new IllegalMonitorStateException();
            }
            owner.set(0);
        }
    }

    static final CasLock lock = new CasLock();
    static int count;
    static final int[] lastWriter = new int[1];

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            final int id = t + 1;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 400; i++) {
                    lock.lock(id);
                    count++;
                    lastWriter[0] = id;
                    lock.unlock(id);
                }
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (count != 1200 || lastWriter[0] == 0) {
            throw new AssertionError(count);
        }
    }
}
