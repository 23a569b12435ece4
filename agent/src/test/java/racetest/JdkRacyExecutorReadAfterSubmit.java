package racetest;

// A pool task reads an ArrayList while main adds to it after submit, before Future.get(): the
// submit edge orders only what main did before it, so the add races with the task's get. The
// task first waits for a latch that main counts down right before its add, so the task cannot
// finish (and release anything main would later acquire) while main is still inside submit.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

public class JdkRacyExecutorReadAfterSubmit {
    static final List<Integer> jobs = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        jobs.add(7);
        Future<Integer> f = pool.submit(() -> {
            go.await();
            return jobs.get(0); // race: java.util.ArrayList
        });
        go.countDown();
        jobs.add(8); // race: java.util.ArrayList
        System.out.println(f.get());
        pool.shutdown();
    }
}
