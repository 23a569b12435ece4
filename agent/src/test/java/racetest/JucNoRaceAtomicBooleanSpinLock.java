package racetest;
// no race
// An AtomicBoolean spin lock (compareAndSet(false, true) to acquire, set(false) to release)
// protects a plain counter incremented by four threads.
import java.util.concurrent.atomic.AtomicBoolean;

public class JucNoRaceAtomicBooleanSpinLock {
    static final AtomicBoolean locked = new AtomicBoolean();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    while (!locked.compareAndSet(false, true)) {
                        Thread.onSpinWait();
                    }
                    count++;
                    locked.set(false);
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
