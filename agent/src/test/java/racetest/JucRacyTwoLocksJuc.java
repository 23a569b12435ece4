package racetest;

// Two threads increment a plain counter, each under its own ReentrantLock instance: the locks
// do not order each other.
import java.util.concurrent.locks.ReentrantLock;

public class JucRacyTwoLocksJuc {
    static final ReentrantLock lockA = new ReentrantLock();
    static final ReentrantLock lockB = new ReentrantLock();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                lockA.lock();
                count++; // race: racetest.JucRacyTwoLocksJuc.count
                lockA.unlock();
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                lockB.lock();
                count++; // race: racetest.JucRacyTwoLocksJuc.count
                lockB.unlock();
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(count);
    }
}
