package racetest;

// Main submits a task that reads a plain field, then writes the field: the write comes after
// the submit edge, so it is unordered with the task's read. The task waits for main's signal
// before its read, so it cannot end (and have the pool's queue lock order it before main's
// write) first. A first task warms the pool up (its
// thread is started and the classes on the path are loaded) before the racy round.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucRacyWriteAfterSubmit {
    static int value;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> 0).get();
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> f = pool.submit(() -> {
            go.await();
            return value; // race: racetest.JucRacyWriteAfterSubmit.value
        });
        go.countDown();
        value = 1; // race: racetest.JucRacyWriteAfterSubmit.value
        f.get();
        pool.shutdown();
    }
}
