package racetest;
// no race
// Exceptions thrown out of synchronized methods and blocks still release the monitor.
public class NoRaceExceptionInSync {
    static final Object lock = new Object();
    static int attempts;
    static int guarded;

    static synchronized void failingMethod() {
        attempts++;
        if (attempts > 0) {
            throw new IllegalStateException("method " + attempts);
        }
    }

    static void failingBlock() {
        synchronized (lock) {
            guarded++;
            if (guarded > 0) {
                throw new IllegalArgumentException("block " + guarded);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 50; i++) {
                try {
                    failingMethod();
                } catch (IllegalStateException e) {
                    // expected
                }
                try {
                    failingBlock();
                } catch (IllegalArgumentException e) {
                    // expected
                }
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (attempts != 100 || guarded != 100) {
            throw new AssertionError(attempts + " " + guarded);
        }
    }
}
