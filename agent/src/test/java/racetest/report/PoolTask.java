package racetest.report;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// A pool thread writes a field through a method reference a JDK method calls (forEach), and
// goes back to wait for work; main sees it waiting only through getState() (no happens-before)
// and reads the field. The restored stack of the write has the program's frames only.
public class PoolTask {
    static int x;
    static Thread worker;

    static void bump(int by) {
        x += by;
    }

    static void work() {
        List.of(1).forEach(PoolTask::bump);
    }

    public static void main(String[] args) {
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> worker = new Thread(r, "worker"));
        pool.execute(PoolTask::work);
        while (worker == null || worker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        System.out.println(x);
        pool.shutdown();
    }
}
