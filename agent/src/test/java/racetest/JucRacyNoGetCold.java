package racetest;

// A pool task writes its result to a plain field; main reads the field right after submit
// without calling Future.get() first (get() is only called at the end). Cold: the submit starts
// the pool thread, which still loads classes when it runs the task.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucRacyNoGetCold {
    static int result;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> f = pool.submit(() -> {
            result = 42; // race: racetest.JucRacyNoGetCold.result
        });
        int r = result; // race: racetest.JucRacyNoGetCold.result
        f.get();
        pool.shutdown();
        System.out.println(r);
    }
}
