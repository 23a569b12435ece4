package racetest;
// no race
// Producer/consumer through a one-slot buffer guarded by a monitor with wait/notifyAll.
public class NoRaceWaitNotify {
    static final Object lock = new Object();
    static final int N = 100;
    static int slot;
    static boolean full;
    static final String[] labels = new String[N];
    static long sum;

    static void produce() throws InterruptedException {
        for (int i = 1; i <= N; i++) {
            labels[i - 1] = "item" + i; // plain write, published by the monitor below
            synchronized (lock) {
                while (full) {
                    lock.wait();
                }
                slot = i;
                full = true;
                lock.notifyAll();
            }
        }
    }

    static void consume() throws InterruptedException {
        for (int k = 0; k < N; k++) {
            int v;
            synchronized (lock) {
                while (!full) {
                    lock.wait();
                }
                v = slot;
                full = false;
                lock.notifyAll();
            }
            if (labels[v - 1].isEmpty()) {
                throw new AssertionError();
            }
            sum += v;
        }
    }

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            try {
                produce();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                consume();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        if (sum != (long) N * (N + 1) / 2) {
            throw new AssertionError(sum);
        }
    }
}
