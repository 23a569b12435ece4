package racetest;
// no race
// A periodic task (scheduleAtFixedRate on a 3-thread ScheduledThreadPoolExecutor) increments a
// plain counter and appends to a plain array on each run: successive runs may be on different
// threads, but the class documents that the effects of one execution happen before the next.
// Main waits for 5 runs (latch), cancels the future, then shutdown() + awaitTermination() and
// reads the counter.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucNoRaceScheduleAtFixedRate {
    static int runs;
    static final int[] history = new int[1000];

    public static void main(String[] args) throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(3);
        CountDownLatch five = new CountDownLatch(5);
        ScheduledFuture<?> f = pool.scheduleAtFixedRate(() -> {
            if (runs < history.length) {
                history[runs] = runs + 1;
            }
            runs++;
            five.countDown();
        }, 0, 1, TimeUnit.MILLISECONDS);
        five.await();
        f.cancel(false);
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("timeout");
        }
        if (runs < 5 || history[4] != 5) {
            throw new AssertionError(runs);
        }
    }
}
