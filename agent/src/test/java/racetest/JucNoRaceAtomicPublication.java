package racetest;
// no race
// Publication through Atomic classes: the writer sets plain fields and then
// AtomicInteger.set(1); later plain fields then AtomicReference.set(obj). The reader spins on
// get() for each and then reads the corresponding plain data.
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

public class JucNoRaceAtomicPublication {
    static final class Node {
        int a;
        String b;
    }

    static final AtomicInteger ready = new AtomicInteger();
    static final AtomicReference<Node> ref = new AtomicReference<>();
    static int data;
    static long more;

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            while (ready.get() == 0) {
                Thread.onSpinWait();
            }
            if (data != 42) {
                throw new AssertionError();
            }
            Node n;
            while ((n = ref.get()) == null) {
                Thread.onSpinWait();
            }
            if (n.a != 7 || !n.b.equals("seven") || more != 99) {
                throw new AssertionError();
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            data = 42;
            ready.set(1);
            Node n = new Node();
            n.a = 7;
            n.b = "seven";
            more = 99;
            ref.set(n);
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
