package racetest;

// ExecutorService.invokeAny misused: main reads a field written by a task that did not win.
// The loser announces it has started, writes its field and then blocks until invokeAny cancels
// it; the winner returns only once the loser has started. invokeAny orders the winner before
// main, but nothing orders the loser's write with main's read.
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class JucRacyInvokeAnyLoser {
    static int loserResult;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Callable<Integer> loser = () -> {
            started.countDown();
            loserResult = 7; // race: racetest.JucRacyInvokeAnyLoser.loserResult
            never.await();
            return 2;
        };
        Callable<Integer> winner = () -> {
            started.await();
            return 1;
        };
        int w = pool.invokeAny(List.of(loser, winner));
        int seen = loserResult; // race: racetest.JucRacyInvokeAnyLoser.loserResult
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
