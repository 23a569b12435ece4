package racetest;

// A finally block (reached normally and by exception) updates a shared counter without synchronization.
public class RacyTryFinally {
    static int cleanups;

    static void task(int i) {
        try {
            if (i % 2 == 0) {
                throw new IllegalStateException("even " + i);
            }
        } catch (IllegalStateException e) {
            // ignored
        } finally {
            cleanups++; // race: racetest.RacyTryFinally.cleanups
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 20; i++) {
                task(i);
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("cleanups=" + cleanups);
    }
}
