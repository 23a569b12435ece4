package racetest;
// no race
// A ThreadPoolExecutor subclass (2 threads) overrides beforeExecute, afterExecute and
// terminated. beforeExecute writes a plain field of the task that its run() then reads (same
// worker); afterExecute writes the task's plain result fields; terminated() writes a plain field
// of the pool. Main reads them all after shutdown() + awaitTermination().
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucNoRaceThreadPoolHooks {
    static final class Task implements Runnable {
        final int id;
        int stamp;
        int computed;
        int after;
        String worker;

        Task(int id) {
            this.id = id;
        }

        @Override
        public void run() {
            computed = stamp * 10;
        }
    }

    static final class HookedPool extends ThreadPoolExecutor {
        int terminatedCount;

        HookedPool() {
            super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        }

        @Override
        protected void beforeExecute(Thread t, Runnable r) {
            Task task = (Task) r;
            task.stamp = task.id + 1;
            task.worker = t.getName();
        }

        @Override
        protected void afterExecute(Runnable r, Throwable thrown) {
            Task task = (Task) r;
            task.after = task.computed + 1;
        }

        @Override
        protected void terminated() {
            terminatedCount++;
        }
    }

    public static void main(String[] args) throws Exception {
        HookedPool pool = new HookedPool();
        Task[] tasks = new Task[20];
        for (int i = 0; i < tasks.length; i++) {
            tasks[i] = new Task(i);
            pool.execute(tasks[i]);
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        for (Task t : tasks) {
            if (t.after != (t.id + 1) * 10 + 1 || t.worker == null) {
                throw new AssertionError(t.id);
            }
        }
        if (pool.terminatedCount != 1) {
            throw new AssertionError();
        }
    }
}
