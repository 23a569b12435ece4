package racetest;
// no race
// A DelayQueue of plain-field items with tiny delays: the producer fills each item (its due time
// too, which getDelay/compareTo read) and put()s it; the consumer take()s the items as they
// expire and reads their fields.
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

public class JucNoRaceDelayQueue {
    static final class Item implements Delayed {
        long dueNanos;
        int id;
        String label;

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed o) {
            return Long.compare(dueNanos, ((Item) o).dueNanos);
        }
    }

    static final int N = 50;
    static final DelayQueue<Item> queue = new DelayQueue<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            long now = System.nanoTime();
            for (int i = 0; i < N; i++) {
                Item it = new Item();
                it.id = i;
                it.label = "item" + i;
                it.dueNanos = now + (i % 5) * 100_000L;
                queue.put(it);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int k = 0; k < N; k++) {
                    Item it = queue.take();
                    if (!it.label.equals("item" + it.id)) {
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
