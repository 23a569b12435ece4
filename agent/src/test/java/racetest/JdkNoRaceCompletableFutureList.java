package racetest;
// no race
// A CompletableFuture chain passes an ArrayList from stage to stage: the first async stage
// creates and fills it, the next async stage adds to it, and main reads it after join(). Each
// stage's completion orders its writes before the next stage and before join's return.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

public class JdkNoRaceCompletableFutureList {
    public static void main(String[] args) throws Exception {
        List<String> list = CompletableFuture.supplyAsync(() -> {
            List<String> l = new ArrayList<>();
            l.add("first");
            return l;
        }).thenApplyAsync(l -> {
            l.add("second");
            return l;
        }).join();
        if (list.size() != 2 || !list.get(1).equals("second")) {
            throw new AssertionError(list);
        }
    }
}
