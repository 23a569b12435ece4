package racetest;
// no race
// Three parties use Phaser.arriveAndAwaitAdvance: phase 0 each writes its slot, phase 1 each
// reads its neighbour's slot and writes a second array, phase 2 each reads that array.
import java.util.concurrent.Phaser;

public class JucNoRacePhaser {
    static final int N = 3;
    static final Phaser phaser = new Phaser(N);
    static final int[] a = new int[N];
    static final int[] b = new int[N];

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[N];
        for (int t = 0; t < N; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                a[id] = id + 1;
                phaser.arriveAndAwaitAdvance();
                int next = (id + 1) % N;
                b[id] = a[next] * 10;
                phaser.arriveAndAwaitAdvance();
                if (b[next] != a[(next + 1) % N] * 10) {
                    throw new AssertionError();
                }
                phaser.arriveAndDeregister();
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
