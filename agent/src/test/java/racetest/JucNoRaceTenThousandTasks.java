package racetest;
// no race
// 10,000 small tasks submitted to a fixed pool of 4 threads: each reads main's input slot and
// writes its own slot of a plain int[]; main reads every slot after the task's Future.get().
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucNoRaceTenThousandTasks {
    static final int N = 10_000;
    static final int[] in = new int[N];
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Future<?>[] fs = new Future<?>[N];
        for (int i = 0; i < N; i++) {
            in[i] = i;
            final int id = i;
            fs[i] = pool.submit(() -> out[id] = in[id] + 1);
        }
        long s = 0;
        for (int i = 0; i < N; i++) {
            fs[i].get();
            s += out[i];
        }
        if (s != (long) N * (N + 1) / 2) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
