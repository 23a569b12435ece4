package racetest;
// no race
// A user VarHandle spin lock on a volatile int field: acquired with VarHandle.compareAndSet,
// released with VarHandle.setRelease. It protects a plain counter incremented by 4 threads.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

public class JucNoRaceVarHandleSetRelease {
    static final class SpinLock {
        static final VarHandle LOCKED;

        static {
            try {
                LOCKED = MethodHandles.lookup().findVarHandle(SpinLock.class, "locked", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        volatile int locked;

        void lock() {
            while (!LOCKED.compareAndSet(this, 0, 1)) {
                Thread.onSpinWait();
            }
        }

        void unlock() {
            LOCKED.setRelease(this, 0);
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
