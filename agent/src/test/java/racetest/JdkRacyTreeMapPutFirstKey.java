package racetest;

// A thread puts a key into a TreeMap while main reads firstKey(), unsynchronized. The map
// already holds the smallest key (put before start), so firstKey never sees an empty map and
// the new larger key does not touch the left spine; the put (a write) races with firstKey.
import java.util.TreeMap;

public class JdkRacyTreeMapPutFirstKey {
    static final TreeMap<Integer, String> map = new TreeMap<>();

    public static void main(String[] args) throws Exception {
        map.put(1, "one");
        Thread t = new Thread(() -> {
            map.put(2, "two"); // race: java.util.TreeMap
        });
        t.start();
        int first = map.firstKey(); // race: java.util.TreeMap
        t.join();
        System.out.println(first);
    }
}
