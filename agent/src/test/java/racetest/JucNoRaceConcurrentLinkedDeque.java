package racetest;
// no race
// A ConcurrentLinkedDeque: the producer fills plain-field messages and offerLast()s them; the
// consumer pollFirst()s (spinning while empty) and reads their fields. Placing an object in a
// concurrent collection happens before its removal by another thread.
import java.util.concurrent.ConcurrentLinkedDeque;

public class JucNoRaceConcurrentLinkedDeque {
    static final class Msg {
        int id;
        String body;
    }

    static final int N = 200;
    static final ConcurrentLinkedDeque<Msg> deque = new ConcurrentLinkedDeque<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Msg m = new Msg();
                m.id = i;
                m.body = "m" + i;
                deque.offerLast(m);
            }
        });
        Thread consumer = new Thread(() -> {
            for (int k = 0; k < N; k++) {
                Msg m;
                while ((m = deque.pollFirst()) == null) {
                    Thread.onSpinWait();
                }
                if (m.id != k || !m.body.equals("m" + k)) {
                    throw new AssertionError();
                }
            }
        });
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
    }
}
