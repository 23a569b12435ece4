package racetest;
// no race
// A user Executor that forwards execute() to a pool. Main writes a plain field, executes a task
// through the wrapper (first a lambda, then an explicit Runnable class) that reads it and writes
// a result, and reads the result after the task's CountDownLatch: the pool's execute() orders
// main before the task, the latch orders the task before main.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceDelegatingExecutor {
    static final class DelegatingExecutor implements Executor {
        private final ExecutorService pool;
        int forwarded;

        DelegatingExecutor(ExecutorService pool) {
            this.pool = pool;
        }

        @Override
        public void execute(Runnable r) {
            forwarded++;
            pool.execute(r);
        }
    }

    static final class Doubler implements Runnable {
        final CountDownLatch done;
        int result;

        Doubler(CountDownLatch done) {
            this.done = done;
        }

        @Override
        public void run() {
            result = input * 2;
            done.countDown();
        }
    }

    static int input;
    static int output;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        DelegatingExecutor ex = new DelegatingExecutor(pool);
        input = 21;
        CountDownLatch first = new CountDownLatch(1);
        ex.execute(() -> {
            output = input + 1;
            first.countDown();
        });
        first.await();
        if (output != 22) {
            throw new AssertionError(output);
        }
        input = 50;
        Doubler d = new Doubler(new CountDownLatch(1));
        ex.execute(d);
        d.done.await();
        if (d.result != 100 || ex.forwarded != 2) {
            throw new AssertionError(d.result);
        }
        pool.shutdown();
    }
}
