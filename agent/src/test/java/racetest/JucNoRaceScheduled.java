package racetest;
// no race
// ScheduledThreadPoolExecutor.schedule with a delay: the callable reads main's input and writes
// a plain field; main reads it after ScheduledFuture.get().
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

public class JucNoRaceScheduled {
    static int input;
    static int output;

    public static void main(String[] args) throws Exception {
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(2);
        pool.prestartAllCoreThreads();
        input = 7;
        ScheduledFuture<String> f = pool.schedule(() -> {
            output = input * 6;
            return "ok";
        }, 20, TimeUnit.MILLISECONDS);
        if (!f.get().equals("ok") || output != 42) {
            throw new AssertionError();
        }
        pool.shutdown();
    }
}
