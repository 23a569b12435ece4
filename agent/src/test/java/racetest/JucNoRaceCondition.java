package racetest;
// no race
// Handoff through a ReentrantLock Condition: the producer writes plain data, then sets a
// plain flag under the lock and signals; the consumer awaits the flag and reads the data.
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

public class JucNoRaceCondition {
    static final ReentrantLock lock = new ReentrantLock();
    static final Condition ready = lock.newCondition();
    static boolean full;
    static int[] payload;
    static String label;

    public static void main(String[] args) throws Exception {
        Thread consumer = new Thread(() -> {
            lock.lock();
            try {
                while (!full) {
                    ready.awaitUninterruptibly();
                }
            } finally {
                lock.unlock();
            }
            if (payload.length != 8 || payload[7] != 7 || !label.equals("done")) {
                throw new AssertionError();
            }
        });
        consumer.start();
        Thread producer = new Thread(() -> {
            int[] p = new int[8];
            for (int i = 0; i < p.length; i++) {
                p[i] = i;
            }
            payload = p;
            label = "done";
            lock.lock();
            try {
                full = true;
                ready.signal();
            } finally {
                lock.unlock();
            }
        });
        producer.start();
        consumer.join();
        producer.join();
    }
}
