package racetest;

// A periodic task counts down a latch and then increments a plain counter; main waits for the
// third count-down and reads the counter without cancelling the task first. The latch orders
// the first two increments before the read, but the third run's increment comes after its
// count-down, so it is unordered with main's read (later runs too).
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucRacyScheduledReadWhileRunning {
    static int runs;

    public static void main(String[] args) throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> f = pool.scheduleAtFixedRate(() -> {
            three.countDown();
            runs++; // race: racetest.JucRacyScheduledReadWhileRunning.runs
        }, 0, 1, TimeUnit.MILLISECONDS);
        three.await();
        int seen = runs; // race: racetest.JucRacyScheduledReadWhileRunning.runs
        f.cancel(false);
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
