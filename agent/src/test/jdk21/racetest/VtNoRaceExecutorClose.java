package racetest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Ten thousand tasks on the virtual-thread-per-task executor, given with execute() (no future):
// each reads what main wrote before execute() and writes its own slot; close() waits for them
// all, so main's reads after it are ordered too. No race.
public class VtNoRaceExecutorClose {
    static int base;
    static int[] slots = new int[10_000];

    public static void main(String[] args) {
        base = 7;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < slots.length; i++) {
                int k = i;
                pool.execute(() -> slots[k] = base + k);
            }
        }
        long sum = 0;
        for (int s : slots) {
            sum += s;
        }
        if (sum != 7L * slots.length + (long) slots.length * (slots.length - 1) / 2) {
            throw new AssertionError(sum);
        }
    }
}
