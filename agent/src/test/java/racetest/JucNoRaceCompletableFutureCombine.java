package racetest;
// no race
// thenCombine and thenAcceptBoth: two async sources on a pool each write their own plain field;
// the combining stage reads both fields (each source's completion happens before it) and writes
// a third one; main reads everything after join().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureCombine {
    static int left;
    static int right;
    static int combined;
    static String both;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> {
            left = 40;
            return 1;
        }, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
            right = 2;
            return 2;
        }, pool);
        CompletableFuture<Integer> sum = a.thenCombine(b, (x, y) -> {
            combined = left + right;
            return x + y;
        });
        CompletableFuture<Void> acc = a.thenAcceptBoth(b, (x, y) -> both = "l" + left + "r" + right);
        if (sum.join() != 3 || combined != 42) {
            throw new AssertionError();
        }
        acc.join();
        if (!both.equals("l40r2")) {
            throw new AssertionError(both);
        }
        pool.shutdown();
    }
}
