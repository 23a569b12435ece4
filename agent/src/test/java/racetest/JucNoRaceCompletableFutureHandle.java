package racetest;
// no race
// handle, whenComplete and exceptionally: a failing async stage writes a plain field before
// throwing; exceptionally reads it and recovers; handle reads what exceptionally wrote;
// whenComplete on a successful stage reads that stage's field. Each stage's completion (normal
// or exceptional) happens before its dependents; main reads after join().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureHandle {
    static String failedAt;
    static int recovered;
    static int handled;
    static int okValue;
    static String observed;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            failedAt = "stage1";
            if (failedAt != null) {
                throw new IllegalStateException("planned");
            }
            return 0;
        }, pool);
        CompletableFuture<Integer> h = failing.exceptionally(t -> {
            recovered = failedAt.length();
            return -1;
        }).handle((v, t) -> {
            handled = recovered + (t == null ? 100 : 0) + v;
            return handled;
        });
        CompletableFuture<Integer> ok = CompletableFuture.supplyAsync(() -> {
            okValue = 7;
            return 7;
        }, pool).whenComplete((v, t) -> observed = "ok" + okValue);
        if (h.join() != 105 || ok.join() != 7 || !observed.equals("ok7") || handled != 105) {
            throw new AssertionError(handled + " " + observed);
        }
        pool.shutdown();
    }
}
