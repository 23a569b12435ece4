package racetest;
// no race
// Producer/consumer through a LinkedBlockingQueue with put/take: the producer fills plain-field
// messages and a plain array slot before put; the consumer takes and reads them.
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

public class JucNoRaceLinkedBlockingQueue {
    static final class Msg {
        int id;
        long[] payload;
    }

    static final int N = 200;
    static final BlockingQueue<Msg> queue = new LinkedBlockingQueue<>();
    static final int[] side = new int[N];

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    Msg m = new Msg();
                    m.id = i;
                    m.payload = new long[] {i, 2L * i};
                    side[i] = i + 1;
                    queue.put(m);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int k = 0; k < N; k++) {
                    Msg m = queue.take();
                    if (m.id != k || m.payload[1] != 2L * k || side[k] != k + 1) {
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
