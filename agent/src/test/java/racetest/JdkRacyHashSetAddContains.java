package racetest;

// A thread adds to a static HashSet while main asks contains(), with no synchronization between
// them: HashSet.add (a write) races with HashSet.contains (a read).
import java.util.HashSet;
import java.util.Set;

public class JdkRacyHashSetAddContains {
    static final Set<String> seen = new HashSet<>();

    public static void main(String[] args) throws Exception {
        seen.add("x");
        Thread t = new Thread(() -> {
            seen.add("y"); // race: java.util.HashSet
        });
        t.start();
        boolean b = seen.contains("y"); // race: java.util.HashSet
        t.join();
        System.out.println(b);
    }
}
