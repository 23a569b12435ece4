package racetest;
// no race
// Each shared field has its own dedicated lock, used consistently by every thread.
public class NoRaceLocksPerField {
    static final Object hitsLock = new Object();
    static final Object bytesLock = new Object();
    static int hits;
    static long bytes;

    static void record(int size) {
        synchronized (hitsLock) {
            hits++;
        }
        synchronized (bytesLock) {
            bytes += size;
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                record(10);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                synchronized (bytesLock) {
                    bytes += 1;
                }
                synchronized (hitsLock) {
                    hits += 2;
                }
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (hits != 300 || bytes != 1100) {
            throw new AssertionError(hits + " " + bytes);
        }
    }
}
