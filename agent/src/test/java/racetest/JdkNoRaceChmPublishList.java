package racetest;
// no race
// A thread builds an ArrayList and publishes it with ConcurrentHashMap.put; main polls the
// ConcurrentHashMap with get until the list is there, then reads it: put/get of the CHM orders
// the adds before the reads.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

public class JdkNoRaceChmPublishList {
    static final ConcurrentHashMap<String, List<Integer>> registry = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            List<Integer> l = new ArrayList<>();
            l.add(1);
            l.add(2);
            registry.put("list", l);
        });
        t.start();
        List<Integer> l;
        while ((l = registry.get("list")) == null) {
            Thread.onSpinWait();
        }
        if (l.size() != 2 || l.get(1) != 2) {
            throw new AssertionError();
        }
        t.join();
    }
}
