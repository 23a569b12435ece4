package racetest;

// runAsync writes a plain field; main reads it without joining the future first. The task
// waits for main's signal before its write, so it cannot end (and have the pool order it
// before main) ahead of main's read.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

public class JucRacyCompletableFutureNoJoin {
    static int result;

    public static void main(String[] args) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> f = CompletableFuture.runAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            result = 42; // race: racetest.JucRacyCompletableFutureNoJoin.result
        });
        go.countDown();
        int r = result; // race: racetest.JucRacyCompletableFutureNoJoin.result
        f.join();
        System.out.println(r);
    }
}
