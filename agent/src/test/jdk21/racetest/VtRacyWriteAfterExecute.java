package racetest;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Main writes a field after handing a task that reads it to the virtual-thread-per-task
// executor: nothing orders the write with the task's read.
public class VtRacyWriteAfterExecute {
    static int value;
    static int seen;

    public static void main(String[] args) {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            pool.execute(() -> seen = value); // race: racetest.VtRacyWriteAfterExecute.value
            value = 1; // race: racetest.VtRacyWriteAfterExecute.value
        }
        System.out.println(seen);
    }
}
