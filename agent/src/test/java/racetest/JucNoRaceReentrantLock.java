package racetest;
// no race
// Four threads increment a plain counter, each increment guarded by a ReentrantLock.
import java.util.concurrent.locks.ReentrantLock;

public class JucNoRaceReentrantLock {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    lock.lock();
                    try {
                        count++;
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
        if (count != 2000) {
            throw new AssertionError(count);
        }
    }
}
