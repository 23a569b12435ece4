package racetest;
// no race
// Main fills a HashMap (and a HashSet) before starting two threads that only read them with
// get, contains, containsKey, size and for-each iteration: reads never race with reads, and
// the writes are ordered before the reads by Thread.start.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

public class JdkNoRaceReadOnlyMap {
    public static void main(String[] args) throws Exception {
        Map<String, Integer> map = new HashMap<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            map.put("k" + i, i);
            keys.add("k" + i);
        }
        Runnable reader = () -> {
            int sum = 0;
            for (Map.Entry<String, Integer> e : map.entrySet()) {
                sum += e.getValue();
            }
            if (sum != 190 || map.get("k3") != 3 || !map.containsKey("k19") || !keys.contains("k7")
                    || map.size() != keys.size()) {
                throw new AssertionError();
            }
        };
        Thread t1 = new Thread(reader);
        Thread t2 = new Thread(reader);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
    }
}
