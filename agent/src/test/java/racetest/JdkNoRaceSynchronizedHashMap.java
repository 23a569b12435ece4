package racetest;
// no race
// Two threads put into and get from a shared HashMap, every call inside synchronized on one
// lock object: the monitor orders all calls on the map.
import java.util.HashMap;
import java.util.Map;

public class JdkNoRaceSynchronizedHashMap {
    static final Object lock = new Object();
    static final Map<Integer, Integer> map = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 100; i++) {
                synchronized (lock) {
                    Integer old = map.get(i);
                    map.put(i, old == null ? 1 : old + 1);
                }
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        synchronized (lock) {
            System.out.println(map.size());
        }
        t1.join();
        t2.join();
        if (map.get(99) != 2) {
            throw new AssertionError(map);
        }
    }
}
