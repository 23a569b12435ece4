package racetest;

// Main submits a task that reads a plain field, then writes the field: the write comes after
// the submit edge, so it is unordered with the task's read. The task waits for main's signal
// before its read, so it cannot end (and have the pool's queue lock order it before main's
// write) first. Cold: the submit starts the pool
// thread and main's get() may park before the task runs, with classes still being loaded.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucRacyWriteAfterSubmitCold {
    static int value;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> f = pool.submit(() -> {
            go.await();
            return value; // race: racetest.JucRacyWriteAfterSubmitCold.value
        });
        go.countDown();
        value = 1; // race: racetest.JucRacyWriteAfterSubmitCold.value
        f.get();
        pool.shutdown();
    }
}
