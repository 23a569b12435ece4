package racetest;

// Two distinct races in one program: a thread puts into a HashMap and appends to a
// StringBuilder, while main gets from the map and appends to the builder, all unsynchronized
// until the join.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyTwoRaces {
    static final Map<String, Integer> hits = new HashMap<>();
    static final StringBuilder trace = new StringBuilder(64);

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            hits.put("page", 1); // race: java.util.HashMap
            trace.append("t;"); // race#2: java.lang.StringBuilder
        });
        t.start();
        Integer h = hits.get("page"); // race: java.util.HashMap
        trace.append("main;"); // race#2: java.lang.StringBuilder
        t.join();
        System.out.println(h + " " + trace.length());
    }
}
