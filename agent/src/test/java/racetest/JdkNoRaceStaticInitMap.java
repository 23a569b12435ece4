package racetest;
// no race
// A HashMap is filled in a static initializer and then only read, by many threads: class
// initialization orders the puts before every use of the class.
import java.util.HashMap;
import java.util.Map;

public class JdkNoRaceStaticInitMap {
    static final class Codes {
        static final Map<String, Integer> BY_NAME = new HashMap<>();

        static {
            BY_NAME.put("ok", 200);
            BY_NAME.put("missing", 404);
            BY_NAME.put("error", 500);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[6];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                if (Codes.BY_NAME.get("missing") != 404 || !Codes.BY_NAME.containsKey("ok")) {
                    throw new AssertionError();
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }
}
