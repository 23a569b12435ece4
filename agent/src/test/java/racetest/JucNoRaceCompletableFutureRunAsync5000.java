package racetest;
// no race
// 5,000 CompletableFuture.runAsync tasks on the default async executor (the common pool, or a
// thread per task when its parallelism is below 2), each writing its own slot of a plain int[]
// after reading main's input slot; main reads every slot after allOf(...).join().
import java.util.concurrent.CompletableFuture;

public class JucNoRaceCompletableFutureRunAsync5000 {
    static final int N = 5_000;
    static final int[] in = new int[N];
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        CompletableFuture<?>[] fs = new CompletableFuture<?>[N];
        for (int i = 0; i < N; i++) {
            in[i] = 2 * i;
            final int id = i;
            fs[i] = CompletableFuture.runAsync(() -> out[id] = in[id] + 1);
        }
        CompletableFuture.allOf(fs).join();
        long s = 0;
        for (int v : out) {
            s += v;
        }
        if (s != (long) N * N) {
            throw new AssertionError(s);
        }
    }
}
