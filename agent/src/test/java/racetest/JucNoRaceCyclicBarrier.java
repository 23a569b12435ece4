package racetest;
// no race
// Four threads each write their own slot, meet at a CyclicBarrier (whose action sums the slots
// into a plain field), then read every slot and the sum. A second barrier separates those reads
// from the next generation's writes, and a third publishes them.
import java.util.concurrent.CyclicBarrier;

public class JucNoRaceCyclicBarrier {
    static final int N = 4;
    static final int[] slots = new int[N];
    static int total;
    static final CyclicBarrier barrier = new CyclicBarrier(N, () -> {
        int s = 0;
        for (int v : slots) {
            s += v;
        }
        total = s;
    });

    static void await() {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[N];
        for (int t = 0; t < N; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                slots[id] = id + 1;
                await();
                int s = 0;
                for (int v : slots) {
                    s += v;
                }
                if (s != 10 || total != 10) {
                    throw new AssertionError(s + " " + total);
                }
                await();
                slots[id] = 10 * (id + 1);
                await();
                if (slots[(id + 1) % N] != 10 * ((id + 1) % N + 1) || total != 100) {
                    throw new AssertionError();
                }
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }
}
