package racetest;
// no race
// Several threads append to ArrayLists stored as ConcurrentHashMap values, mutating them only
// inside compute(): the bin lock held while the remapping function runs orders all mutations of
// one list. Main reads the lists after join.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

public class JdkNoRaceChmComputeList {
    static final ConcurrentHashMap<String, List<Integer>> groups = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 50; k++) {
                    groups.compute(k % 2 == 0 ? "even" : "odd", (key, v) -> {
                        List<Integer> l = v == null ? new ArrayList<>() : v;
                        l.add(id);
                        return l;
                    });
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (groups.get("even").size() + groups.get("odd").size() != 200) {
            throw new AssertionError();
        }
    }
}
