package racetest;

// The thread puts into the HashMap while holding a lock, but main reads it without taking the
// lock: locking on one side only orders nothing, so put and get race.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyLockOneSide {
    static final Object lock = new Object();
    static final Map<Integer, String> map = new HashMap<>();

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            synchronized (lock) {
                map.put(1, "one"); // race: java.util.HashMap
            }
        });
        t.start();
        String s = map.get(1); // race: java.util.HashMap
        t.join();
        System.out.println(s);
    }
}
