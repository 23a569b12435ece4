package racetest;

// A pool task writes its result to a plain field; main reads the field right after submit
// without calling Future.get() first (get() is only called at the end). A first task warms the
// pool up (thread started, classes on the path loaded) before the racy round.
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucRacyNoGet {
    static int result;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        pool.submit(() -> { }).get();
        Future<?> f = pool.submit(() -> {
            result = 42; // race: racetest.JucRacyNoGet.result
        });
        int r = result; // race: racetest.JucRacyNoGet.result
        f.get();
        pool.shutdown();
        System.out.println(r);
    }
}
