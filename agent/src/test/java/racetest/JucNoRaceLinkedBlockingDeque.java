package racetest;
// no race
// A bounded LinkedBlockingDeque used both ways: the producer fills plain-field messages and
// putLast()s them (every tenth one with putFirst()); the consumer takeFirst()s them and reads the
// fields. Placing an element in a BlockingQueue happens before its removal.
import java.util.concurrent.LinkedBlockingDeque;

public class JucNoRaceLinkedBlockingDeque {
    static final class Msg {
        int id;
        String body;
    }

    static final int N = 200;
    static final LinkedBlockingDeque<Msg> deque = new LinkedBlockingDeque<>(8);

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    Msg m = new Msg();
                    m.id = i;
                    m.body = "m" + i;
                    if (i % 10 == 0) {
                        deque.putFirst(m);
                    } else {
                        deque.putLast(m);
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int k = 0; k < N; k++) {
                    Msg m = deque.takeFirst();
                    if (!m.body.equals("m" + m.id)) {
                        throw new AssertionError();
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
    }
}
