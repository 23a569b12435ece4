package racetest;
// no race
// A plain thread writes data then calls complete() on a CompletableFuture; main, which never
// joins the thread before reading, reads the data after get(). A dependent thenAccept stage
// also reads it.
import java.util.concurrent.CompletableFuture;

public class JucNoRaceCompletableFutureComplete {
    static final CompletableFuture<Integer> cf = new CompletableFuture<>();
    static int[] data;
    static int seenByStage;

    public static void main(String[] args) throws Exception {
        CompletableFuture<Void> dep = cf.thenAccept(n -> seenByStage = data[n - 1]);
        Thread t = new Thread(() -> {
            int[] d = new int[3];
            d[0] = 1;
            d[1] = 2;
            d[2] = 3;
            data = d;
            cf.complete(3);
        });
        t.start();
        int n = cf.get();
        dep.get();
        if (data[n - 1] != 3 || seenByStage != 3) {
            throw new AssertionError();
        }
        t.join();
    }
}
