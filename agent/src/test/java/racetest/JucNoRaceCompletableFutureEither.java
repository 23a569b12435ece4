package racetest;
// no race
// applyToEither and acceptEither: two async sources each fill their own Box's plain fields and
// complete with that Box; the either stage reads only the fields of the Box it is given, whose
// source's completion happens before the stage. Main reads what the stages wrote after join().
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JucNoRaceCompletableFutureEither {
    static final class Box {
        int value;
        String from;
    }

    static int applied;
    static String accepted;

    static CompletableFuture<Box> source(ExecutorService pool, int v, String from) {
        return CompletableFuture.supplyAsync(() -> {
            Box b = new Box();
            b.value = v;
            b.from = from;
            return b;
        }, pool);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<Box> a = source(pool, 1, "a");
        CompletableFuture<Box> b = source(pool, 2, "b");
        CompletableFuture<Integer> first = a.applyToEither(b, box -> {
            applied = box.value * 10;
            return box.value + box.from.length();
        });
        CompletableFuture<Void> second = a.acceptEither(b, box -> accepted = box.from + box.value);
        int r = first.join();
        second.join();
        if (applied / 10 + 1 != r || !(accepted.equals("a1") || accepted.equals("b2"))) {
            throw new AssertionError(r + " " + accepted);
        }
        pool.shutdown();
    }
}
