package racetest;

// Two threads meet at a CyclicBarrier; one writes a field after the barrier, the other reads it
// after the barrier.
import java.util.concurrent.CyclicBarrier;

public class JucRacyBarrierWriteAfter {
    static final CyclicBarrier barrier = new CyclicBarrier(2);
    static int x;

    static void await() {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            await();
            x = 1; // race: racetest.JucRacyBarrierWriteAfter.x
        });
        Thread b = new Thread(() -> {
            await();
            int v = x; // race: racetest.JucRacyBarrierWriteAfter.x
        });
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
