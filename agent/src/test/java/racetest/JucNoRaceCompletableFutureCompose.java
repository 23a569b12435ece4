package racetest;
// no race
// thenCompose on a fixed pool: the first async stage writes a plain field, the composed stage
// (another async task) reads it and writes a second one; main reads both after get().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureCompose {
    static int first;
    static int second;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> {
            first = 21;
            return 1;
        }, pool).thenCompose(one -> CompletableFuture.supplyAsync(() -> {
            second = first * 2;
            return one + 1;
        }, pool));
        int r = f.get();
        if (r != 2 || first != 21 || second != 42) {
            throw new AssertionError();
        }
        pool.shutdown();
    }
}
