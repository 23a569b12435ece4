package racetest;

// The producer puts a message into a LinkedBlockingQueue and only then sets a field of it; the
// consumer takes the message and reads that field.
import java.util.concurrent.LinkedBlockingQueue;

public class JucRacyQueueMutateAfterPut {
    static final class Msg {
        int id;
        int flags;
    }

    static final LinkedBlockingQueue<Msg> queue = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        Thread consumer = new Thread(() -> {
            try {
                Msg m = queue.take();
                int id = m.id;
                int fl = m.flags; // race: racetest.JucRacyQueueMutateAfterPut$Msg.flags
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        Msg m = new Msg();
        m.id = 1;
        queue.put(m);
        m.flags = 3; // race: racetest.JucRacyQueueMutateAfterPut$Msg.flags
        consumer.join();
    }
}
