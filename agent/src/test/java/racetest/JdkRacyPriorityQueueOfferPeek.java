package racetest;

// A thread offers to a PriorityQueue while main peeks at it, unsynchronized: offer (a write)
// races with peek (a read). The queue is not empty and has room, so the offer never grows it.
import java.util.PriorityQueue;

public class JdkRacyPriorityQueueOfferPeek {
    static final PriorityQueue<Integer> pq = new PriorityQueue<>(16);

    public static void main(String[] args) throws Exception {
        pq.offer(1);
        Thread t = new Thread(() -> {
            pq.offer(5); // race: java.util.PriorityQueue
        });
        t.start();
        Integer head = pq.peek(); // race: java.util.PriorityQueue
        t.join();
        System.out.println(head);
    }
}
