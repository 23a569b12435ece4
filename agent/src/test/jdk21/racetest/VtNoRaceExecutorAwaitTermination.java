package racetest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

// Five thousand tasks submitted to a virtual-thread-per-task executor, then shutdown() and
// awaitTermination(): every task's write happens before main's read. Then a second executor
// seen terminated by polling isTerminated(). No race.
public class VtNoRaceExecutorAwaitTermination {
    static int[] slots = new int[5_000];

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < slots.length; i++) {
            int k = i;
            pool.submit(() -> slots[k] = k);
        }
        pool.shutdown();
        if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new AssertionError("not terminated");
        }
        long sum = 0;
        for (int s : slots) {
            sum += s;
        }
        ExecutorService second = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < slots.length; i++) {
            int k = i;
            second.execute(() -> slots[k]++);
        }
        second.shutdown();
        while (!second.isTerminated()) {
            Thread.onSpinWait();
        }
        for (int s : slots) {
            sum += s;
        }
        if (sum != (long) slots.length * (slots.length - 1) + slots.length) {
            throw new AssertionError(sum);
        }
    }
}
