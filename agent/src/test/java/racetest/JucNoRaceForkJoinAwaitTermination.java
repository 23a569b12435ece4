package racetest;
// no race
// Runnables handed to a ForkJoinPool with execute() each write their own slot of a plain array
// (they read nothing main wrote); main reads all slots after shutdown() + awaitTermination():
// a pool that has terminated has finished its tasks.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

public class JucNoRaceForkJoinAwaitTermination {
    static final int N = 64;
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(4);
        for (int i = 0; i < N; i++) {
            final int id = i;
            pool.execute(() -> out[id] = id * 3);
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
