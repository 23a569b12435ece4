package racetest;

// A thread iterates a static ArrayList with for-each (iterator() is a read of the list) while
// main adds to it without synchronization. A concurrent modification may also make the iterator
// throw, which the thread tolerates: the race is there whatever the interleaving.
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;

public class JdkRacyArrayListIterateAdd {
    static final List<Integer> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < 3; i++) {
            list.add(i);
        }
        Thread t = new Thread(() -> {
            int sum = 0;
            try {
                for (int x : list) { // race: java.util.ArrayList
                    sum += x;
                }
            } catch (ConcurrentModificationException expectedSometimes) {
                sum = -1;
            }
            System.out.println(sum);
        });
        t.start();
        list.add(3); // race: java.util.ArrayList
        t.join();
    }
}
