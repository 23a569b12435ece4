package racetest;
// no race
// A writer fills plain fields under StampedLock.writeLock; a reader polls under readLock
// (pessimistic, never optimistic) until it sees the version, then reads the data.
import java.util.concurrent.locks.StampedLock;

public class JucNoRaceStampedLock {
    static final StampedLock sl = new StampedLock();
    static int version;
    static long x;
    static long y;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            long s = sl.writeLock();
            try {
                x = 40;
                y = 2;
                version = 1;
            } finally {
                sl.unlockWrite(s);
            }
        });
        Thread reader = new Thread(() -> {
            while (true) {
                long s = sl.readLock();
                try {
                    if (version == 1) {
                        if (x + y != 42) {
                            throw new AssertionError();
                        }
                        return;
                    }
                } finally {
                    sl.unlockRead(s);
                }
                Thread.yield();
            }
        });
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}
