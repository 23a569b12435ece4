package racetest;
// no race
// CompletableFuture.anyOf: three async sources each fill their own Box and complete with it;
// main reads the fields of the Box anyOf returned (its source's completion happens before
// anyOf's), and only after allOf().join() the fields of the other boxes.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureAnyOf {
    static final class Box {
        int value;
        int square;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletableFuture<?>[] fs = new CompletableFuture<?>[3];
        for (int i = 0; i < fs.length; i++) {
            final int v = i + 1;
            fs[i] = CompletableFuture.supplyAsync(() -> {
                Box b = new Box();
                b.value = v;
                b.square = v * v;
                return b;
            }, pool);
        }
        Box first = (Box) CompletableFuture.anyOf(fs).get();
        if (first.square != first.value * first.value) {
            throw new AssertionError();
        }
        CompletableFuture.allOf(fs).join();
        int s = 0;
        for (CompletableFuture<?> f : fs) {
            s += ((Box) f.join()).square;
        }
        if (s != 14) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
