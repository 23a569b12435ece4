package racetest;

// A worker writes one field before countDown (fine) and one after it (racy); main awaits the
// latch and reads both before joining.
import java.util.concurrent.CountDownLatch;

public class JucRacyWriteAfterCountDown {
    static final CountDownLatch latch = new CountDownLatch(1);
    static int before;
    static int after;

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            before = 1;
            latch.countDown();
            after = 2; // race: racetest.JucRacyWriteAfterCountDown.after
        });
        worker.start();
        latch.await();
        int b = before;
        int a = after; // race: racetest.JucRacyWriteAfterCountDown.after
        worker.join();
        System.out.println(a + b);
    }
}
