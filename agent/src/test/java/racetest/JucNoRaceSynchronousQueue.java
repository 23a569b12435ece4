package racetest;
// no race
// Handoff through a SynchronousQueue: the producer fills a plain-field object before put; the
// consumer takes it and reads the fields, then answers through a second SynchronousQueue and
// the producer reads what the consumer wrote.
import java.util.concurrent.SynchronousQueue;

public class JucNoRaceSynchronousQueue {
    static final class Box {
        int value;
        int reply;
    }

    static final SynchronousQueue<Box> there = new SynchronousQueue<>();
    static final SynchronousQueue<Box> back = new SynchronousQueue<>();

    public static void main(String[] args) throws Exception {
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 50; i++) {
                    Box b = there.take();
                    b.reply = b.value + 1;
                    back.put(b);
                }
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        consumer.start();
        for (int i = 0; i < 50; i++) {
            Box b = new Box();
            b.value = i;
            there.put(b);
            Box r = back.take();
            if (r.reply != i + 1) {
                throw new AssertionError();
            }
        }
        consumer.join();
    }
}
