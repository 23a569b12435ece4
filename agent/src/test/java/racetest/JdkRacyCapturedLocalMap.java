package racetest;

// The HashMap lives in a local variable captured by the thread's lambda, not in a field: the
// thread's put and main's get still race on the same object.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyCapturedLocalMap {
    public static void main(String[] args) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        counts.put("a", 0);
        Thread t = new Thread(() -> {
            counts.put("b", 1); // race: java.util.HashMap
        });
        t.start();
        Integer a = counts.get("a"); // race: java.util.HashMap
        t.join();
        System.out.println(a);
    }
}
