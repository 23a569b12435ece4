package racetest;

// runAsync writes a plain field; main reads it without joining the future first.
import java.util.concurrent.CompletableFuture;

public class JucRacyCompletableFutureNoJoin {
    static int result;

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> f = CompletableFuture.runAsync(() -> {
            result = 42; // race: racetest.JucRacyCompletableFutureNoJoin.result
        });
        int r = result; // race: racetest.JucRacyCompletableFutureNoJoin.result
        f.join();
        System.out.println(r);
    }
}
