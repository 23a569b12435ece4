package racetest;
// no race
// A producer fills an ArrayList and hands it over through a java.util.Vector, whose methods are
// synchronized; the consumer polls the Vector until the list is there and reads it. The Vector's
// monitor orders the producer's adds before the consumer's reads.
import java.util.ArrayList;
import java.util.List;
import java.util.Vector;

public class JdkNoRaceVectorHandoff {
    static final Vector<List<String>> mailbox = new Vector<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            List<String> l = new ArrayList<>();
            l.add("hello");
            l.add("world");
            mailbox.add(l);
        });
        producer.start();
        while (mailbox.isEmpty()) {
            Thread.onSpinWait();
        }
        List<String> l = mailbox.get(0);
        if (l.size() != 2 || !l.get(1).equals("world")) {
            throw new AssertionError(l);
        }
        producer.join();
    }
}
