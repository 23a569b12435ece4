package racetest;
// no race
// A writer fills a mutable object's plain fields and then puts it in a ConcurrentHashMap; a
// reader spins on get() until it sees the object, then reads its fields.
import java.util.concurrent.ConcurrentHashMap;

public class JucNoRaceConcurrentHashMap {
    static final class Config {
        int port;
        String host;
        int[] weights;
    }

    static final ConcurrentHashMap<String, Config> map = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            Config c;
            while ((c = map.get("cfg")) == null) {
                Thread.yield();
            }
            if (c.port != 8080 || !c.host.equals("localhost") || c.weights[2] != 3) {
                throw new AssertionError();
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            Config c = new Config();
            c.port = 8080;
            c.host = "localhost";
            c.weights = new int[] {1, 2, 3};
            map.put("cfg", c);
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
