package racetest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

// ExecutorService.close() (JDK 19 on) of a fixed thread pool and of a fork/join pool: it waits
// for every task, so main's reads after the try-with-resources block see all their writes.
public class JucNoRaceExecutorServiceClose {
    static int[] slots = new int[2_000];

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newFixedThreadPool(3)) {
            for (int i = 0; i < slots.length; i++) {
                int k = i;
                pool.execute(() -> slots[k] = k);
            }
        }
        long sum = 0;
        for (int s : slots) {
            sum += s;
        }
        try (ForkJoinPool pool = new ForkJoinPool(3)) {
            for (int i = 0; i < slots.length; i++) {
                int k = i;
                pool.execute(() -> slots[k]++);
            }
        }
        for (int s : slots) {
            sum += s;
        }
        if (sum != (long) slots.length * (slots.length - 1) + slots.length) {
            throw new AssertionError(sum);
        }
    }
}
