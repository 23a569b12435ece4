package racetest;
// no race
// A spin lock built on an AtomicReferenceFieldUpdater over a user class's volatile Thread
// owner field (compareAndSet(null, me) to acquire, set(null) to release) protects a plain
// counter incremented by 4 threads.
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

public class JucNoRaceRefFieldUpdaterLock {
    static final class OwnerLock {
        static final AtomicReferenceFieldUpdater<OwnerLock, Thread> OWNER =
                AtomicReferenceFieldUpdater.newUpdater(OwnerLock.class, Thread.class, "owner");
        volatile Thread owner;

        void lock() {
            Thread me = Thread.currentThread();
            while (!OWNER.compareAndSet(this, null, me)) {
                Thread.onSpinWait();
            }
        }

        void unlock() {
            OWNER.set(this, null);
        }
    }

    static final OwnerLock lock = new OwnerLock();
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
