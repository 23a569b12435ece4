package racetest;
// no race
// A CopyOnWriteArraySet: the writer fills plain-field items and add()s them; the reader waits
// until size() says all are there, then iterates and reads their fields.
import java.util.concurrent.CopyOnWriteArraySet;

public class JucNoRaceCopyOnWriteArraySet {
    static final class Item {
        int n;
        String s;
    }

    static final int N = 30;
    static final CopyOnWriteArraySet<Item> set = new CopyOnWriteArraySet<>();

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            while (set.size() < N) {
                Thread.yield();
            }
            int sum = 0;
            for (Item it : set) {
                if (!it.s.equals("i" + it.n)) {
                    throw new AssertionError();
                }
                sum += it.n;
            }
            if (sum != N * (N - 1) / 2) {
                throw new AssertionError(sum);
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Item it = new Item();
                it.n = i;
                it.s = "i" + i;
                set.add(it);
            }
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
