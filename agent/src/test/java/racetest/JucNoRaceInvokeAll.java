package racetest;
// no race
// invokeAll runs Callables that each write their own plain slot and read input written by main
// before the call; main reads the slots after invokeAll returns (without calling get()).
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceInvokeAll {
    static final int N = 6;
    static final int[] in = new int[N];
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < N; i++) {
            in[i] = i + 1;
        }
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            final int id = i;
            tasks.add(() -> {
                out[id] = in[id] * 10;
                return null;
            });
        }
        pool.invokeAll(tasks);
        int s = 0;
        for (int v : out) {
            s += v;
        }
        if (s != 210) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
