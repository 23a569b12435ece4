package racetest;
// no race
// Records (final fields) shared by several threads; a plain array of records handed over via start/join.
public class NoRaceRecordShared {
    record Range(int lo, int hi, String name) {
        int width() {
            return hi - lo;
        }
    }

    public static void main(String[] args) throws Exception {
        Range shared = new Range(3, 10, "r");
        Range[] results = new Range[3];
        Thread[] ts = new Thread[3];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                int w = shared.width() + shared.name().length();
                results[id] = new Range(shared.lo() + id, shared.hi() + w, shared.name() + id);
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        int total = 0;
        for (Range r : results) {
            total += r.width();
        }
        System.out.println("total=" + total + " " + results[2]);
    }
}
