package racetest;
// no race
// A writer fills plain fields under the write lock of a ReentrantReadWriteLock; three readers
// poll under the read lock until they see the version, then read the data under the same lock.
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class JucNoRaceReadWriteLock {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static int version;
    static int[] data;
    static String name;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            rw.writeLock().lock();
            try {
                data = new int[] {1, 2, 3};
                name = "v1";
                version = 1;
            } finally {
                rw.writeLock().unlock();
            }
        });
        Thread[] readers = new Thread[3];
        for (int r = 0; r < readers.length; r++) {
            readers[r] = new Thread(() -> {
                while (true) {
                    rw.readLock().lock();
                    try {
                        if (version == 1) {
                            if (data[0] + data[1] + data[2] != 6 || !name.equals("v1")) {
                                throw new AssertionError();
                            }
                            return;
                        }
                    } finally {
                        rw.readLock().unlock();
                    }
                    Thread.yield();
                }
            });
        }
        for (Thread r : readers) {
            r.start();
        }
        writer.start();
        for (Thread r : readers) {
            r.join();
        }
        writer.join();
    }
}
