package racetest;
// no race
// A single-producer sequence published with an AtomicLongFieldUpdater on a volatile long field:
// the producer writes a plain ring slot and then advances the sequence (incrementAndGet, or
// lazySet every other time); the consumer waits until the updater's get() passes the slot and
// then reads it.
import java.util.concurrent.atomic.AtomicLongFieldUpdater;

public class JucNoRaceAtomicLongFieldUpdater {
    static final class Sequence {
        static final AtomicLongFieldUpdater<Sequence> PUBLISHED =
                AtomicLongFieldUpdater.newUpdater(Sequence.class, "published");
        volatile long published;
    }

    static final int N = 500;
    static final Sequence seq = new Sequence();
    static final long[] slots = new long[N];

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                slots[i] = 3L * i;
                if (i % 2 == 0) {
                    Sequence.PUBLISHED.incrementAndGet(seq);
                } else {
                    Sequence.PUBLISHED.lazySet(seq, i + 1);
                }
            }
        });
        Thread consumer = new Thread(() -> {
            long sum = 0;
            for (int i = 0; i < N; i++) {
                while (Sequence.PUBLISHED.get(seq) <= i) {
                    Thread.onSpinWait();
                }
                sum += slots[i];
            }
            if (sum != 3L * N * (N - 1) / 2) {
                throw new AssertionError(sum);
            }
        });
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
    }
}
