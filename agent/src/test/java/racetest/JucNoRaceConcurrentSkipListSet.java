package racetest;
// no race
// A ConcurrentSkipListSet of plain-field elements ordered by a key field: the writer fills each
// element (the key, which compareTo reads, too) and add()s it; the reader pollFirst()s them
// (spinning while empty) and reads their fields.
import java.util.concurrent.ConcurrentSkipListSet;

public class JucNoRaceConcurrentSkipListSet {
    static final class Elem implements Comparable<Elem> {
        int key;
        String name;

        @Override
        public int compareTo(Elem o) {
            return Integer.compare(key, o.key);
        }
    }

    static final int N = 100;
    static final ConcurrentSkipListSet<Elem> set = new ConcurrentSkipListSet<>();

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Elem e = new Elem();
                e.key = i;
                e.name = "e" + i;
                set.add(e);
            }
        });
        Thread reader = new Thread(() -> {
            int got = 0;
            while (got < N) {
                Elem e = set.pollFirst();
                if (e == null) {
                    Thread.onSpinWait();
                    continue;
                }
                if (!e.name.equals("e" + e.key)) {
                    throw new AssertionError();
                }
                got++;
            }
        });
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}
