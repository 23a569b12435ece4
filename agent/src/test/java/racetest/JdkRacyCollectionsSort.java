package racetest;

// A thread sorts a shared ArrayList with Collections.sort (a write of the list) while main
// reads an element, unsynchronized.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class JdkRacyCollectionsSort {
    static final List<Integer> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        list.add(3);
        list.add(1);
        list.add(2);
        Thread t = new Thread(() -> {
            Collections.sort(list); // race: java.util.ArrayList
        });
        t.start();
        int x = list.get(0); // race: java.util.ArrayList
        t.join();
        System.out.println(x);
    }
}
