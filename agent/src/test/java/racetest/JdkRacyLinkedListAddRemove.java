package racetest;

// A thread appends to a LinkedList while main removes its head, unsynchronized: add and
// remove are both writes. The list holds three elements before the thread starts, so remove()
// never finds it empty.
import java.util.LinkedList;

public class JdkRacyLinkedListAddRemove {
    static final LinkedList<Integer> queue = new LinkedList<>();

    public static void main(String[] args) throws Exception {
        queue.add(1);
        queue.add(2);
        queue.add(3);
        Thread t = new Thread(() -> {
            queue.add(4); // race: java.util.LinkedList
        });
        t.start();
        int head = queue.remove(); // race: java.util.LinkedList
        t.join();
        System.out.println(head);
    }
}
