package racetest;
// no race
// Two threads add to and read a shared ArrayList, every call made while holding one
// ReentrantLock: lock/unlock order all calls on the list.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

public class JdkNoRaceReentrantLockList {
    static final ReentrantLock lock = new ReentrantLock();
    static final List<Integer> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 100; i++) {
                lock.lock();
                try {
                    list.add(i);
                    if (list.get(list.size() - 1) != i) {
                        throw new AssertionError();
                    }
                } finally {
                    lock.unlock();
                }
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(list.size());
    }
}
