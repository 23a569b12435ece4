package racetest;
// no race
// An array and an object are filled, then published through volatile reference fields.
public class NoRaceVolatileArrayPublication {
    static class Snapshot {
        int count;
        String label;
    }

    static volatile int[] published;
    static volatile Snapshot snapshot;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            int[] data = new int[8];
            for (int i = 0; i < data.length; i++) {
                data[i] = i * i;
            }
            published = data;
            Snapshot s = new Snapshot();
            s.count = data.length;
            s.label = "squares";
            snapshot = s;
        });
        writer.start();
        int[] seen;
        while ((seen = published) == null) {
            Thread.yield();
        }
        Snapshot s;
        while ((s = snapshot) == null) {
            Thread.yield();
        }
        int sum = 0;
        for (int v : seen) {
            sum += v;
        }
        writer.join();
        System.out.println(sum + " " + s.count + " " + s.label);
    }
}
