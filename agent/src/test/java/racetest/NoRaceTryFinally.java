package racetest;
// no race
// Shared state is updated in try/finally blocks inside synchronized, including early returns and exceptions.
public class NoRaceTryFinally {
    static final Object lock = new Object();
    static int cleanups;
    static int returns;

    static int task(int i) {
        synchronized (lock) {
            try {
                if (i % 3 == 0) {
                    throw new IllegalStateException("x" + i);
                }
                if (i % 3 == 1) {
                    returns++;
                    return 1;
                }
                return 2;
            } finally {
                cleanups++;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 30; i++) {
                try {
                    task(i);
                } catch (IllegalStateException e) {
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
        if (cleanups != 60 || returns != 20) {
            throw new AssertionError(cleanups + " " + returns);
        }
    }
}
