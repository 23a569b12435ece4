package racetest;
// no race
// Four runAsync tasks on a fixed pool each write their own slot; main reads all slots after
// CompletableFuture.allOf(...).join().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureAllOf {
    static final int N = 4;
    static final int[] slots = new int[N];

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(N);
        CompletableFuture<?>[] fs = new CompletableFuture<?>[N];
        for (int i = 0; i < N; i++) {
            final int id = i;
            fs[i] = CompletableFuture.runAsync(() -> slots[id] = id + 10, pool);
        }
        CompletableFuture.allOf(fs).join();
        int s = 0;
        for (int v : slots) {
            s += v;
        }
        if (s != 46) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
