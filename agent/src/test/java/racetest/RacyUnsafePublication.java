package racetest;

// An object built by a constructor in a child is published through a plain static field: the field races.
public class RacyUnsafePublication {
    static class Config {
        int port;
        String host;

        Config(int port, String host) {
            this.port = port;
            this.host = host;
        }
    }

    static Config published;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            Config c = new Config(8080, "localhost");
            published = c; // race: racetest.RacyUnsafePublication.published
        });
        t.start();
        Config seen = null;
        for (int i = 0; i < 20_000 && (seen = published) == null; i++) { // race: racetest.RacyUnsafePublication.published
            Thread.yield();
        }
        t.join();
        // After join the constructor's writes are ordered before these reads.
        if (seen != null) {
            System.out.println(seen.host + ":" + seen.port);
        }
    }
}
