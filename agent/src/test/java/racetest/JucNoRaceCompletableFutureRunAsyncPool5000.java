package racetest;
// no race
// 5,000 CompletableFuture.runAsync tasks on a fixed ThreadPoolExecutor of 4 threads, each
// writing its own slot of a plain int[] after reading main's input slot; main reads every slot
// after allOf(...).join(). Submission orders main's input write before the task, each task's
// completion is ordered before allOf's.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureRunAsyncPool5000 {
    static final int N = 5_000;
    static final int[] in = new int[N];
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CompletableFuture<?>[] fs = new CompletableFuture<?>[N];
        for (int i = 0; i < N; i++) {
            in[i] = 2 * i;
            final int id = i;
            fs[i] = CompletableFuture.runAsync(() -> out[id] = in[id] + 1, pool);
        }
        CompletableFuture.allOf(fs).join();
        long s = 0;
        for (int v : out) {
            s += v;
        }
        if (s != (long) N * N) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
