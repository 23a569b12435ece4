package racetest;

// A pool task writes its result to a plain field; main reads the field right after submit
// without calling Future.get() first (get() is only called at the end). A first task warms the
// pool up (thread started, classes on the path loaded) before the racy round. The task waits
// for main's signal before its write, so it cannot finish and block on the pool's queue lock
// before main's submit takes that lock: that would order it before main's read after all.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucRacyNoGet {
    static int result;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        pool.submit(() -> { }).get();
        CountDownLatch go = new CountDownLatch(1);
        Future<?> f = pool.submit(() -> {
            go.await();
            result = 42; // race: racetest.JucRacyNoGet.result
            return null;
        });
        go.countDown();
        int r = result; // race: racetest.JucRacyNoGet.result
        f.get();
        pool.shutdown();
        System.out.println(r);
    }
}
