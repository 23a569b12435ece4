package racetest;

// no race
// Races the program declares intended with @RaceIgnore are not reported: a hit counter, an
// array and a HashMap read from ignored fields, and every field of an ignored class. (They
// are data races all the same: the annotation is the program's statement that they are benign.)
import dev.jrace.annotations.RaceIgnore;
import java.util.HashMap;
import java.util.Map;

public class NoRaceIgnoredFields {
    @RaceIgnore("statistics: a lost update is acceptable")
    static int hits;
    @RaceIgnore
    static int[] histogram = new int[4];
    @RaceIgnore("a racy cache of immutable values")
    static Map<String, String> cache = new HashMap<>();

    @RaceIgnore
    static final class Stats {
        long seen;
    }

    static final Stats STATS = new Stats();

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            hits++;
            histogram[1]++;
            cache.put("k", "v");
            STATS.seen++;
        });
        t.start();
        hits++;
        histogram[1]++;
        cache.get("k");
        STATS.seen++;
        t.join();
    }
}
