package racetest;
// no race
// A ThreadPoolExecutor with 4 threads runs 2,000 small tasks, each writing its own array slot
// (after reading main's input slot); main reads all slots after shutdown + awaitTermination.
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucNoRaceThreadPool2000 {
    static final int N = 2000;
    static final int[] in = new int[N];
    static final long[] out = new long[N];

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor pool =
                new ThreadPoolExecutor(4, 4, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        for (int i = 0; i < N; i++) {
            in[i] = i;
            final int id = i;
            pool.execute(() -> out[id] = 2L * in[id]);
        }
        pool.shutdown();
        if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        long s = 0;
        for (long v : out) {
            s += v;
        }
        if (s != (long) N * (N - 1)) {
            throw new AssertionError(s);
        }
    }
}
