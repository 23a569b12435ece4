package racetest;
// no race
// A TreeMap guarded by a ReentrantReadWriteLock: readers call get/firstKey/size under the read
// lock, writers call put/remove under the write lock. Readers may run concurrently with each
// other (reads only); the lock orders every write with every other access.
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class JdkNoRaceReadWriteLockMap {
    static final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
    static final TreeMap<Integer, Integer> map = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        map.put(0, 0);
        Runnable writer = () -> {
            for (int i = 1; i <= 100; i++) {
                rw.writeLock().lock();
                try {
                    map.put(i, i);
                    map.remove(i - 1);
                } finally {
                    rw.writeLock().unlock();
                }
            }
        };
        Runnable reader = () -> {
            for (int i = 0; i < 100; i++) {
                rw.readLock().lock();
                try {
                    if (map.size() != 1 || map.get(map.firstKey()) == null) {
                        throw new AssertionError();
                    }
                } finally {
                    rw.readLock().unlock();
                }
            }
        };
        Thread[] ts = {new Thread(writer), new Thread(reader), new Thread(reader)};
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }
}
