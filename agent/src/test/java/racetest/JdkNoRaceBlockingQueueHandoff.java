package racetest;
// no race
// A producer fills a fresh HashMap per message and hands it over through a BlockingQueue; the
// consumer takes each map and reads it. put/take order the producer's writes before the
// consumer's reads, and the producer never touches a map after handing it over.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

public class JdkNoRaceBlockingQueueHandoff {
    static final BlockingQueue<Map<String, Integer>> queue = new ArrayBlockingQueue<>(2);

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) {
                    Map<String, Integer> msg = new HashMap<>();
                    msg.put("seq", i);
                    queue.put(msg);
                }
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        producer.start();
        for (int i = 0; i < 10; i++) {
            Map<String, Integer> msg = queue.take();
            if (msg.get("seq") != i) {
                throw new AssertionError();
            }
        }
        producer.join();
    }
}
