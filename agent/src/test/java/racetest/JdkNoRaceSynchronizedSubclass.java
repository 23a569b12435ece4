package racetest;
// no race
// A user subclass of ArrayList whose overrides are all synchronized is shared by two threads.
// Only objects of exactly java.util.ArrayList are watched, and the synchronized overrides order
// all calls anyway.
import java.util.ArrayList;

public class JdkNoRaceSynchronizedSubclass {
    static final class SyncList<E> extends ArrayList<E> {
        @Override
        public synchronized boolean add(E e) {
            return super.add(e);
        }

        @Override
        public synchronized E get(int i) {
            return super.get(i);
        }

        @Override
        public synchronized int size() {
            return super.size();
        }
    }

    static final SyncList<Integer> list = new SyncList<>();

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 100; i++) {
                list.add(i);
                if (list.get(list.size() - 1) == null) {
                    throw new AssertionError();
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
