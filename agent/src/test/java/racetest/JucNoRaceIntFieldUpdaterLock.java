package racetest;
// no race
// A spin lock built on an AtomicIntegerFieldUpdater over a user class's volatile int field
// (compareAndSet(0, 1) to acquire, set(0) to release) protects a plain counter in 4 threads.
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

public class JucNoRaceIntFieldUpdaterLock {
    static final class SpinLock {
        static final AtomicIntegerFieldUpdater<SpinLock> STATE =
                AtomicIntegerFieldUpdater.newUpdater(SpinLock.class, "state");
        volatile int state;

        void lock() {
            while (!STATE.compareAndSet(this, 0, 1)) {
                Thread.onSpinWait();
            }
        }

        void unlock() {
            STATE.set(this, 0);
        }
    }

    static final SpinLock lock = new SpinLock();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int t = 0; t < ts.length; t++) {
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    lock.lock();
                    count++;
                    lock.unlock();
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
