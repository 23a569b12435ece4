package racetest;

// A class with synchronized setters but an unsynchronized getter: the getter races with the setter.
public class RacyUnsyncReaderOfSyncMethods {
    static class Temperature {
        private float celsius;
        private short samples;

        synchronized void record(float c) {
            celsius = c; // race: racetest.RacyUnsyncReaderOfSyncMethods$Temperature.celsius
            samples++;
        }

        float peek() {
            return celsius; // race: racetest.RacyUnsyncReaderOfSyncMethods$Temperature.celsius
        }

        synchronized short count() {
            return samples;
        }
    }

    public static void main(String[] args) throws Exception {
        Temperature t = new Temperature();
        Thread sensor = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                t.record(20.0f + i);
            }
        });
        sensor.start();
        float c = t.peek();
        // No synchronized call here before join: a monitor release after peek() could order it before the writes.
        sensor.join();
        short n = t.count();
        System.out.println(c + " " + n);
    }
}
