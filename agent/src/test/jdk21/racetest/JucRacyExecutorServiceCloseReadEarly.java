package racetest;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// Main reads a task's result inside the try-with-resources block, before close() has waited
// for the task: nothing orders the task's write with that read. Main lets the task write only
// once it is running: a worker that has not taken its task yet can be locked by shutdown(),
// which would order main's read before the write after all.
public class JucRacyExecutorServiceCloseReadEarly {
    static int result;

    public static void main(String[] args) throws InterruptedException {
        int early;
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            pool.execute(() -> {
                running.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                result = 42; // race: racetest.JucRacyExecutorServiceCloseReadEarly.result
            });
            running.await();
            go.countDown();
            early = result; // race: racetest.JucRacyExecutorServiceCloseReadEarly.result
        }
        System.out.println(early + result);
    }
}
