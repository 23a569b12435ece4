package racetest;

// A thread puts into a static HashMap while main gets from it, with no synchronization between
// the two calls (main joins only afterwards): HashMap.put (a write) races with HashMap.get.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyHashMapPutGet {
    static final Map<String, Integer> map = new HashMap<>();

    public static void main(String[] args) throws Exception {
        map.put("warm", 0);
        Thread t = new Thread(() -> {
            map.put("a", 1); // race: java.util.HashMap
        });
        t.start();
        Integer v = map.get("a"); // race: java.util.HashMap
        t.join();
        System.out.println(v);
    }
}
