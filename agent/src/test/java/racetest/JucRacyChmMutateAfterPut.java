package racetest;

// The writer puts an object into a ConcurrentHashMap and only then sets one of its fields; the
// reader gets the object and reads that field.
import java.util.concurrent.ConcurrentHashMap;

public class JucRacyChmMutateAfterPut {
    static final class Config {
        int port;
        int timeout;
    }

    static final ConcurrentHashMap<String, Config> map = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            Config c;
            while ((c = map.get("cfg")) == null) {
                Thread.yield();
            }
            int p = c.port;
            int t = c.timeout; // race: racetest.JucRacyChmMutateAfterPut$Config.timeout
            if (p != 8080) {
                throw new AssertionError();
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            Config c = new Config();
            c.port = 8080;
            map.put("cfg", c);
            c.timeout = 30; // race: racetest.JucRacyChmMutateAfterPut$Config.timeout
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
