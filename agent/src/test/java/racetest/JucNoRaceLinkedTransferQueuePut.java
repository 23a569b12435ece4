package racetest;
// no race
// A LinkedTransferQueue used as a plain queue: the producer fills plain-field messages and
// put()s them; the consumer poll()s (spinning while empty) and reads the fields. The producer
// waits until the consumer has taken two messages before it writes the third. Placing an element
// in a BlockingQueue happens before its removal by another thread.
import java.util.concurrent.LinkedTransferQueue;

public class JucNoRaceLinkedTransferQueuePut {
    static final class Msg {
        int id;
    }

    static final LinkedTransferQueue<Msg> queue = new LinkedTransferQueue<>();
    static volatile int taken;

    static Msg msg(int id) {
        Msg m = new Msg();
        m.id = id;
        return m;
    }

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            queue.put(msg(1));
            queue.put(msg(2));
            while (taken < 2) {
                Thread.onSpinWait();
            }
            queue.put(msg(3));
        });
        Thread consumer = new Thread(() -> {
            for (int k = 1; k <= 3; k++) {
                Msg m;
                while ((m = queue.poll()) == null) {
                    Thread.onSpinWait();
                }
                if (m.id != k) {
                    throw new AssertionError();
                }
                taken = k;
            }
        });
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
    }
}
