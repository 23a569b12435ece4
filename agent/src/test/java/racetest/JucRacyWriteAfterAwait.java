package racetest;

// A worker waits on a latch and then lazily writes a field; main counts the latch down and then
// reads the field before joining: countDown -> await orders main's earlier actions before the
// worker's, but nothing orders the worker's write before main's read.
import java.util.concurrent.CountDownLatch;

public class JucRacyWriteAfterAwait {
    static final CountDownLatch go = new CountDownLatch(1);
    static int lazy;

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            lazy = 1; // race: racetest.JucRacyWriteAfterAwait.lazy
        });
        worker.start();
        go.countDown();
        int v = lazy; // race: racetest.JucRacyWriteAfterAwait.lazy
        worker.join();
        System.out.println(v);
    }
}
