package racetest;
// no race
// A thread builds a HashMap and publishes it through a volatile field; main spins on the
// volatile field and then reads the map: the volatile write/read orders the puts before the gets.
import java.util.HashMap;
import java.util.Map;

public class JdkNoRaceVolatilePublishMap {
    static volatile Map<String, Integer> published;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            published = m;
        });
        t.start();
        Map<String, Integer> m;
        while ((m = published) == null) {
            Thread.onSpinWait();
        }
        if (m.get("a") + m.get("b") != 3) {
            throw new AssertionError();
        }
        t.join();
    }
}
