package racetest;
// no race
// Pool tasks each create and fill their own ArrayList and return it; main reads every list
// only after Future.get(), which orders the task's adds before main's reads.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JdkNoRaceExecutorOwnLists {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<List<Integer>>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            final int id = i;
            futures.add(pool.submit(() -> {
                List<Integer> l = new ArrayList<>();
                for (int k = 0; k < 10; k++) {
                    l.add(id * k);
                }
                return l;
            }));
        }
        int sum = 0;
        for (Future<List<Integer>> f : futures) {
            List<Integer> l = f.get();
            for (int x : l) {
                sum += x;
            }
        }
        pool.shutdown();
        if (sum != 28 * 45) {
            throw new AssertionError(sum);
        }
    }
}
