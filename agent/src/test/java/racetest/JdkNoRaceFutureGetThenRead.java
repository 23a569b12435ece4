package racetest;
// no race
// A pool task puts into a HashMap that main filled before submit; main reads the map only after
// Future.get(): submit orders main's puts before the task, get() orders the task before main's
// reads.
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JdkNoRaceFutureGetThenRead {
    static final Map<String, Integer> cache = new HashMap<>();

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        cache.put("k", 0);
        Future<?> f = pool.submit(() -> {
            cache.put("k", cache.get("k") + 1);
        });
        f.get();
        Integer v = cache.get("k");
        pool.shutdown();
        if (v != 1) {
            throw new AssertionError(v);
        }
    }
}
