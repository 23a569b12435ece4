package racetest;

// Two threads get-or-create an ArrayList in a ConcurrentHashMap with computeIfAbsent and then
// add to it. The add happens after computeIfAbsent returned, outside the map's lock: the CHM
// only orders the list's creation before the other thread's lookup, so the two adds (one line)
// race.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

public class JdkRacyChmComputeIfAbsentThenAdd {
    static final ConcurrentHashMap<String, List<Integer>> groups = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[2];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                groups.computeIfAbsent("g", k -> new ArrayList<>()).add(id); // race: java.util.ArrayList
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(groups.get("g").size());
    }
}
