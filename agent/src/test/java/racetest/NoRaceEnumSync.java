package racetest;
// no race
// Enum constants with mutable fields updated through synchronized methods, plus switches over the enum in threads.
public class NoRaceEnumSync {
    enum Level {
        LOW, HIGH;

        private int hits;
        private long weight;

        synchronized void hit(int w) {
            hits++;
            weight += w;
        }

        synchronized int hits() {
            return hits;
        }
    }

    static int score(Level l) {
        return switch (l) {
            case LOW -> 1;
            case HIGH -> 10;
        };
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 100; i++) {
                Level l = (i % 3 == 0) ? Level.HIGH : Level.LOW;
                l.hit(score(l));
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (Level.LOW.hits() + Level.HIGH.hits() != 200) {
            throw new AssertionError();
        }
    }
}
