package racetest;
// no race
// A producer fills plain-field messages and offers them to a ConcurrentLinkedQueue; a consumer
// polls them (spinning) and reads their fields, plus a plain array slot written before offer.
import java.util.concurrent.ConcurrentLinkedQueue;

public class JucNoRaceConcurrentLinkedQueue {
    static final class Msg {
        int id;
        String body;
    }

    static final int N = 200;
    static final ConcurrentLinkedQueue<Msg> queue = new ConcurrentLinkedQueue<>();
    static final int[] side = new int[N];

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Msg m = new Msg();
                m.id = i;
                m.body = "m" + i;
                side[i] = i + 1;
                queue.offer(m);
            }
        });
        Thread consumer = new Thread(() -> {
            for (int k = 0; k < N; k++) {
                Msg m;
                while ((m = queue.poll()) == null) {
                    Thread.onSpinWait();
                }
                if (m.id != k || !m.body.equals("m" + k) || side[k] != k + 1) {
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
