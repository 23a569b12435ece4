package racetest;
// no race
// A writer fills plain-field items and adds them to a CopyOnWriteArrayList; a reader waits
// until the list has all items (size()) and then iterates, reading the items' fields.
import java.util.concurrent.CopyOnWriteArrayList;

public class JucNoRaceCopyOnWriteArrayList {
    static final class Item {
        int n;
        String s;
    }

    static final int N = 20;
    static final CopyOnWriteArrayList<Item> list = new CopyOnWriteArrayList<>();

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            while (list.size() < N) {
                Thread.yield();
            }
            int k = 0;
            for (Item it : list) {
                if (it.n != k || !it.s.equals("i" + k)) {
                    throw new AssertionError();
                }
                k++;
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Item it = new Item();
                it.n = i;
                it.s = "i" + i;
                list.add(it);
            }
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
