package racetest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Main reads a task's result before close() has waited for the task: nothing orders the
// task's write with that read (the read after close() is fine).
public class VtRacyReadBeforeClose {
    static int result;

    public static void main(String[] args) {
        int early;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.execute(() -> result = 42); // race: racetest.VtRacyReadBeforeClose.result
            early = result; // race: racetest.VtRacyReadBeforeClose.result
        }
        System.out.println(early + result);
    }
}
