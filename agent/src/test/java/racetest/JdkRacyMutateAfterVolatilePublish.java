package racetest;

// A thread publishes a HashMap through a volatile field and then puts one more entry into it;
// main waits for the volatile field and reads the map. The volatile write/read orders only the
// puts made before publishing, so the later put races with main's get.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyMutateAfterVolatilePublish {
    static volatile Map<String, Integer> config;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("port", 80);
            config = m;
            m.put("timeout", 30); // race: java.util.HashMap
        });
        t.start();
        Map<String, Integer> m;
        while ((m = config) == null) {
            Thread.onSpinWait();
        }
        Integer port = m.get("port"); // race: java.util.HashMap
        t.join();
        System.out.println(port);
    }
}
