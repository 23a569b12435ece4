package racetest;

// A list from Arrays.asList (class java.util.Arrays$ArrayList) is written with set() by a
// thread and read with get() by main, unsynchronized.
import java.util.Arrays;
import java.util.List;

public class JdkRacyArraysAsListSetGet {
    static final List<String> slots = Arrays.asList("a", "b", "c");

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            slots.set(0, "z"); // race: java.util.Arrays$ArrayList
        });
        t.start();
        String s = slots.get(2); // race: java.util.Arrays$ArrayList
        t.join();
        System.out.println(s);
    }
}
