package racetest;
// no race
// Tasks started with Executor.execute write their own slot and plain fields; main reads them
// after shutdown() + awaitTermination().
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

public class JucNoRaceExecuteAwaitTermination {
    static final int[] slots = new int[8];
    static String last;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        for (int i = 0; i < slots.length; i++) {
            final int id = i;
            pool.execute(() -> slots[id] = id * id);
        }
        pool.execute(() -> last = "end");
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        int s = 0;
        for (int v : slots) {
            s += v;
        }
        if (s != 140 || !last.equals("end")) {
            throw new AssertionError(s);
        }
    }
}
