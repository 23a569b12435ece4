package racetest;
// no race
// A ConcurrentSkipListMap: the writer fills plain-field values and put()s them under increasing
// keys; the reader spins on get(key) for each key and reads the value's fields. Placing an
// object in a ConcurrentMap happens before its access by another thread.
import java.util.concurrent.ConcurrentSkipListMap;

public class JucNoRaceConcurrentSkipListMap {
    static final class Entry {
        int hits;
        String owner;
    }

    static final int N = 100;
    static final ConcurrentSkipListMap<Integer, Entry> map = new ConcurrentSkipListMap<>();

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Entry e = new Entry();
                e.hits = i * 3;
                e.owner = "o" + i;
                map.put(i, e);
            }
        });
        Thread reader = new Thread(() -> {
            for (int k = N - 1; k >= 0; k--) {
                Entry e;
                while ((e = map.get(k)) == null) {
                    Thread.onSpinWait();
                }
                if (e.hits != 3 * k || !e.owner.equals("o" + k)) {
                    throw new AssertionError();
                }
            }
        });
        reader.start();
        writer.start();
        reader.join();
        writer.join();
    }
}
