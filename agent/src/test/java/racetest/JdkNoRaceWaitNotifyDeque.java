package racetest;
// no race
// A hand-written blocking queue: producer and consumer share an ArrayDeque and only touch it
// while holding its monitor, waiting with wait() and waking each other with notifyAll().
import java.util.ArrayDeque;

public class JdkNoRaceWaitNotifyDeque {
    static final ArrayDeque<Integer> queue = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                synchronized (queue) {
                    while (queue.size() >= 4) {
                        try {
                            queue.wait();
                        } catch (InterruptedException e) {
                            throw new AssertionError(e);
                        }
                    }
                    queue.offer(i);
                    queue.notifyAll();
                }
            }
        });
        producer.start();
        long sum = 0;
        for (int i = 0; i < 200; i++) {
            synchronized (queue) {
                while (queue.isEmpty()) {
                    queue.wait();
                }
                sum += queue.poll();
                queue.notifyAll();
            }
        }
        producer.join();
        if (sum != 199 * 100) {
            throw new AssertionError(sum);
        }
    }
}
