package racetest;

// A thread adds to a static ArrayList while main asks for its size, unsynchronized (main joins
// only afterwards): ArrayList.add (a write) races with ArrayList.size (a read).
import java.util.ArrayList;
import java.util.List;

public class JdkRacyArrayListAddSize {
    static final List<Integer> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        list.add(0);
        Thread t = new Thread(() -> list.add(1)); // race: java.util.ArrayList
        t.start();
        int n = list.size(); // race: java.util.ArrayList
        t.join();
        System.out.println(n);
    }
}
