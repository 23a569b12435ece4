package racetest;

// Main adds to an ArrayList while a thread reads an element that main put there before starting
// it: the add (a write) happens after the start edge, so it is unordered with the thread's get.
import java.util.ArrayList;
import java.util.List;

public class JdkRacyArrayListAddGet {
    static final List<String> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        list.add("first");
        Thread t = new Thread(() -> {
            String s = list.get(0); // race: java.util.ArrayList
            if (s == null) {
                throw new AssertionError();
            }
        });
        t.start();
        list.add("second"); // race: java.util.ArrayList
        t.join();
    }
}
