package racetest;
// no race
// ExecutorService.invokeAny: three tasks each write their own result object's fields and return
// its index (the first one fails instead); main reads the fields of the winner only, after
// invokeAny returned: the winning task's actions happen before invokeAny's return.
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceInvokeAny {
    static final class Result {
        int value;
        String source;
    }

    static final Result[] results = {new Result(), new Result(), new Result()};

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Callable<Integer> failing = () -> {
            throw new IllegalStateException("no answer");
        };
        Callable<Integer> one = () -> {
            results[1].value = 41;
            results[1].source = "one";
            return 1;
        };
        Callable<Integer> two = () -> {
            results[2].value = 42;
            results[2].source = "two";
            return 2;
        };
        int winner = pool.invokeAny(List.of(failing, one, two));
        Result r = results[winner];
        if (r.value != 40 + winner || r.source.length() != 3) {
            throw new AssertionError(winner);
        }
        pool.shutdown();
    }
}
