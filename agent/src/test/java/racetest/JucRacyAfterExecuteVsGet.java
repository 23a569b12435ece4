package racetest;

// A ThreadPoolExecutor subclass writes a plain field in afterExecute; main reads it right after
// Future.get(). afterExecute runs after the task's future has completed, so get() returning
// orders the task body before main but not afterExecute: the write and the read are unordered.
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucRacyAfterExecuteVsGet {
    static final class CountingPool extends ThreadPoolExecutor {
        int finished;

        CountingPool() {
            super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            finished = 1; // race: racetest.JucRacyAfterExecuteVsGet$CountingPool.finished
        }
    }

    public static void main(String[] args) throws Exception {
        CountingPool pool = new CountingPool();
        Future<Integer> f = pool.submit(() -> 42);
        f.get();
        int seen = pool.finished; // race: racetest.JucRacyAfterExecuteVsGet$CountingPool.finished
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
