package racetest;

// Each side locks, but on a different lock object, so nothing orders the thread's add to the
// ArrayList with main's size(): they race.
import java.util.ArrayList;
import java.util.List;

public class JdkRacyTwoLocks {
    static final Object lockA = new Object();
    static final Object lockB = new Object();
    static final List<String> list = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            synchronized (lockA) {
                list.add("x"); // race: java.util.ArrayList
            }
        });
        t.start();
        int n;
        synchronized (lockB) {
            n = list.size(); // race: java.util.ArrayList
        }
        t.join();
        System.out.println(n);
    }
}
