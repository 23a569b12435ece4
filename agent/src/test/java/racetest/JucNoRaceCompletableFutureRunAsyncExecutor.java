package racetest;
// no race
// runAsync with a custom executor (a single-thread pool), then thenRunAsync on the same
// executor: main writes the input before runAsync, the first task writes a field the second
// one reads, and main reads after get().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureRunAsyncExecutor {
    static int input;
    static int middle;
    static int output;

    public static void main(String[] args) throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        input = 20;
        CompletableFuture<Void> f = CompletableFuture.runAsync(() -> middle = input + 1, single)
                .thenRunAsync(() -> output = middle * 2, single);
        f.get();
        if (output != 42) {
            throw new AssertionError(output);
        }
        single.shutdown();
    }
}
