package racetest;
// no race
// 5,000 tasks run on a 4-thread pool; each adds to one shared ArrayList while holding a lock.
// Main reads the list after shutdown + awaitTermination, which orders all tasks before it.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class JdkNoRaceThreadPool5000Locked {
    static final int N = 5000;
    static final Object lock = new Object();
    static final List<Integer> results = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = 0; i < N; i++) {
            final int id = i;
            pool.execute(() -> {
                synchronized (lock) {
                    results.add(id);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        long sum = 0;
        for (int x : results) {
            sum += x;
        }
        if (results.size() != N || sum != (long) N * (N - 1) / 2) {
            throw new AssertionError(sum);
        }
    }
}
