package racetest;
// no race
// A producer fills an ArrayList and publishes it with Hashtable.put; main polls Hashtable.get
// until the list is there and reads it. Hashtable's methods are synchronized on the table, so
// the producer's adds happen-before main's reads (monitor unlock in put, lock in get).
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

public class JdkNoRaceHashtableHandoff {
    static final Hashtable<String, List<String>> mailbox = new Hashtable<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            List<String> l = new ArrayList<>();
            l.add("hello");
            mailbox.put("msg", l);
        });
        producer.start();
        List<String> l;
        while ((l = mailbox.get("msg")) == null) {
            Thread.onSpinWait();
        }
        if (l.size() != 1) {
            throw new AssertionError(l);
        }
        producer.join();
    }
}
