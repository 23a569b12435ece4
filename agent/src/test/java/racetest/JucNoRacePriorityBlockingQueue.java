package racetest;
// no race
// A PriorityBlockingQueue: the producer fills plain-field jobs (the priority too, which the
// queue's compareTo reads) and put()s them; the consumer take()s them in priority order and reads
// their fields.
import java.util.concurrent.PriorityBlockingQueue;

public class JucNoRacePriorityBlockingQueue {
    static final class Job implements Comparable<Job> {
        int priority;
        String name;

        @Override
        public int compareTo(Job o) {
            return Integer.compare(priority, o.priority);
        }
    }

    static final int N = 200;
    static final PriorityBlockingQueue<Job> queue = new PriorityBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                Job j = new Job();
                j.priority = (i * 37) % N;
                j.name = "job" + j.priority;
                queue.put(j);
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int k = 0; k < N; k++) {
                    Job j = queue.take();
                    if (!j.name.equals("job" + j.priority)) {
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
