package racetest;

// applyToEither misused: the stage reads a field written by the source that did NOT complete it.
// Source b writes its field and then waits for a latch that main counts down only after the
// stage finished, so a completes the stage and nothing orders b's write with the stage's read.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucRacyCompletableFutureEitherLoser {
    static int fromB;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 1, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> {
            fromB = 2; // race: racetest.JucRacyCompletableFutureEitherLoser.fromB
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            return 2;
        }, pool);
        CompletableFuture<Integer> either = a.applyToEither(b, v -> {
            return v + fromB; // race: racetest.JucRacyCompletableFutureEitherLoser.fromB
        });
        either.join();
        release.countDown();
        b.join();
        pool.shutdown();
    }
}
