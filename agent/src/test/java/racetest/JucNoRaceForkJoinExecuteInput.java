package racetest;
// no race
// Main writes in[i] and then hands a Runnable reading in[i] to a
// ForkJoinPool with execute() from outside the pool; the ExecutorService contract makes the
// submission happen before the task. Tasks write their own out[] slot; main reads all slots after
// shutdown() + awaitTermination().
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

public class JucNoRaceForkJoinExecuteInput {
    static final int N = 2000;
    static final int[] in = new int[N];
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        for (int i = 0; i < N; i++) {
            in[i] = i;
            final int id = i;
            pool.execute(() -> out[id] = in[id] * 3);
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        int s = 0;
        for (int v : out) {
            s += v;
        }
        if (s != 3 * N * (N - 1) / 2) {
            throw new AssertionError(s);
        }
    }
}
