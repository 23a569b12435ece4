package racetest;

// Main submits a task that puts into a HashMap, then reads the map and only afterwards calls
// Future.get(): the submit edge orders only what main did before it, so main's get is unordered
// with the task's put. The task first waits for a latch that main counts down right before its
// read, so the task cannot finish (and release anything main would later acquire) while main
// is still inside submit: the race manifests in every run.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JdkRacyExecutorWriteAfterRead {
    static final Map<String, Integer> cache = new HashMap<>();

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch go = new CountDownLatch(1);
        cache.put("k", 0);
        Future<?> f = pool.submit(() -> {
            go.await();
            cache.put("k", 1); // race: java.util.HashMap
            return null;
        });
        go.countDown();
        Integer v = cache.get("k"); // race: java.util.HashMap
        f.get();
        pool.shutdown();
        System.out.println(v);
    }
}
