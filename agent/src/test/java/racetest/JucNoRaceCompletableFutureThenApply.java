package racetest;
// no race
// supplyAsync (common pool) writes a plain field; thenApply reads it and writes another;
// main reads both after join().
import java.util.concurrent.CompletableFuture;

public class JucNoRaceCompletableFutureThenApply {
    static int input;
    static int stage1;
    static String stage2;

    public static void main(String[] args) throws Exception {
        input = 5;
        CompletableFuture<String> f = CompletableFuture.supplyAsync(() -> {
            stage1 = input * 8;
            return stage1;
        }).thenApply(v -> {
            stage2 = "v" + (stage1 + 2);
            return stage2;
        });
        String r = f.join();
        if (!r.equals("v42") || stage1 != 40 || !stage2.equals("v42")) {
            throw new AssertionError(r);
        }
    }
}
