package racetest;
// no race
// Main writes the input before submit; the pool task reads it and writes its result to a plain
// field; main reads the field after Future.get(). Main never joins the pool thread (the pool is
// only shut down after the reads, without awaiting).
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JucNoRaceSubmitGet {
    static int input;
    static int result;
    static String resultName;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.submit(() -> { }).get(); // warm up: the worker thread exists before input is written
        input = 20;
        Future<?> f = pool.submit(() -> {
            result = input * 2 + 2;
            resultName = "answer";
        });
        f.get();
        if (result != 42 || !resultName.equals("answer")) {
            throw new AssertionError();
        }
        pool.shutdown();
    }
}
