package racetest;

// A record published through a plain static field: the field races, the record's final fields never do.
public class RacyRecordPublication {
    record Point(int x, int y) {
    }

    static Point shared;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            shared = new Point(3, 4); // race: racetest.RacyRecordPublication.shared
        });
        t.start();
        Point p = null;
        for (int i = 0; i < 20_000 && (p = shared) == null; i++) { // race: racetest.RacyRecordPublication.shared
            Thread.yield();
        }
        int sum = 0;
        if (p != null) {
            sum = p.x() + p.y();
        }
        t.join();
        System.out.println("sum=" + sum);
    }
}
