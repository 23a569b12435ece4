package racetest;
// no race
// A hand-written single-producer single-consumer ring buffer: plain slot array, volatile head
// (consumer-owned) and tail (producer-owned) indexes. 1,000 items through 8 slots, so slots are
// reused: each reuse is ordered by the head index the consumer publishes.
public class JucNoRaceSpscRingBuffer {
    static final int CAP = 8;
    static final int N = 1000;
    static final long[] slots = new long[CAP];
    static volatile int head;
    static volatile int tail;
    static long consumed;

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                int t = tail;
                while (t - head == CAP) {
                    Thread.onSpinWait();
                }
                slots[t % CAP] = i;
                tail = t + 1;
            }
        });
        Thread consumer = new Thread(() -> {
            long sum = 0;
            for (int k = 0; k < N; k++) {
                int h = head;
                while (tail == h) {
                    Thread.onSpinWait();
                }
                long v = slots[h % CAP];
                if (v != k) {
                    throw new AssertionError(v + " " + k);
                }
                sum += v;
                head = h + 1;
            }
            consumed = sum;
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        if (consumed != (long) N * (N - 1) / 2) {
            throw new AssertionError(consumed);
        }
    }
}
