package racetest.report;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

// Two pool tasks, submitted from two methods to two kinds of pool, race on x (in either order).
// Each access names where its task was submitted; the first's is not where its thread was made.
public class Tasks {
    static int x;
    static Thread first;

    static void write() {
        x++;
    }

    static void nothing() {
    }

    static void submitFirst(ThreadPoolExecutor pool) {
        pool.execute(Tasks::write);
    }

    static void submitSecond(ForkJoinPool pool) {
        pool.submit(Tasks::write);
    }

    public static void main(String[] args) throws Exception {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) java.util.concurrent.Executors.newFixedThreadPool(1,
            r -> first = new Thread(r, "first"));
        pool.execute(Tasks::nothing);
        // Wait, with no happens-before, for the worker to be parked in the queue's take(). Were it
        // still on its way there, it could take the next task, write x and lock the queue's
        // takeLock again before execute() locks takeLock to signal: a real edge from the first
        // task's write to everything main does next, and no race to report.
        while (pool.getCompletedTaskCount() < 1 || first.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        submitFirst(pool);
        ForkJoinPool forkJoin = new ForkJoinPool(1);
        submitSecond(forkJoin);
        forkJoin.shutdown();
        forkJoin.awaitTermination(1, TimeUnit.MINUTES);
        // Wait, with no happens-before, for the first task to have run: shutdown() interrupts an
        // idle worker, and a worker that sees the interrupt before running its task would run it
        // after the second task's write (JLS 17.4.4), and there would be no race to report.
        while (pool.getCompletedTaskCount() < 2) {
            Thread.onSpinWait();
        }
        pool.shutdown();
    }
}
