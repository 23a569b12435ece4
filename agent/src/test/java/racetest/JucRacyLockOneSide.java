package racetest;

// One thread increments a plain counter under a ReentrantLock, the other increments it without
// taking the lock.
import java.util.concurrent.locks.ReentrantLock;

public class JucRacyLockOneSide {
    static final ReentrantLock lock = new ReentrantLock();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread locked = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                lock.lock();
                try {
                    count++; // race: racetest.JucRacyLockOneSide.count
                } finally {
                    lock.unlock();
                }
            }
        });
        Thread unlocked = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                count++; // race: racetest.JucRacyLockOneSide.count
            }
        });
        locked.start();
        unlocked.start();
        locked.join();
        unlocked.join();
        System.out.println(count);
    }
}
