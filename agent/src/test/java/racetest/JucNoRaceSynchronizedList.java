package racetest;
// no race
// Handoff through Collections.synchronizedList: the producer fills plain-field items and adds
// them through the wrapper; the consumer polls size() and get(i) through the wrapper and reads
// the items' fields.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class JucNoRaceSynchronizedList {
    static final class Item {
        int n;
        int[] parts;
    }

    static final int N = 50;
    static final List<Item> list = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Thread consumer = new Thread(() -> {
            for (int k = 0; k < N; k++) {
                while (list.size() <= k) {
                    Thread.yield();
                }
                Item it = list.get(k);
                if (it.n != k || it.parts[1] != k + 1) {
                    throw new AssertionError();
                }
            }
        });
        consumer.start();
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Item it = new Item();
                it.n = i;
                it.parts = new int[] {i, i + 1};
                list.add(it);
            }
        });
        producer.start();
        consumer.join();
        producer.join();
    }
}
