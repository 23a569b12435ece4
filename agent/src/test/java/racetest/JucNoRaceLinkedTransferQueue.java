package racetest;
// no race
// LinkedTransferQueue.transfer: the producer fills a plain-field message and transfer()s it
// (waiting until the consumer has received it); the consumer take()s it and reads the fields.
// Every third message goes through tryTransfer with a timeout, falling back to put.
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;

public class JucNoRaceLinkedTransferQueue {
    static final class Msg {
        int id;
        int[] payload;
    }

    static final int N = 100;
    static final LinkedTransferQueue<Msg> queue = new LinkedTransferQueue<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < N; i++) {
                    Msg m = new Msg();
                    m.id = i;
                    m.payload = new int[] {i, i * 2};
                    if (i % 3 != 0) {
                        queue.transfer(m);
                    } else if (!queue.tryTransfer(m, 1, TimeUnit.MILLISECONDS)) {
                        queue.put(m);
                    }
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int k = 0; k < N; k++) {
                    Msg m = queue.take();
                    if (m.id != k || m.payload[1] != 2 * k) {
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
