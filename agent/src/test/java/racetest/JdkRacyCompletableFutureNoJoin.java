package racetest;

// An async CompletableFuture stage adds to a HashSet that main reads before join(), so nothing
// orders the stage's add with main's contains. The stage first waits for a latch that main
// counts down right before its read, so the stage cannot finish (and release anything main
// would later acquire) while main is still inside runAsync.
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

public class JdkRacyCompletableFutureNoJoin {
    static final Set<String> done = new HashSet<>();

    public static void main(String[] args) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Void> cf = CompletableFuture.runAsync(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            done.add("task"); // race: java.util.HashSet
        });
        go.countDown();
        boolean b = done.contains("task"); // race: java.util.HashSet
        cf.join();
        System.out.println(b);
    }
}
