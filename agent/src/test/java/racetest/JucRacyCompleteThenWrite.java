package racetest;

// A thread completes a CompletableFuture and only then writes the data; main reads the data
// after get(), before joining the thread.
import java.util.concurrent.CompletableFuture;

public class JucRacyCompleteThenWrite {
    static final CompletableFuture<Integer> cf = new CompletableFuture<>();
    static int data;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            cf.complete(1);
            data = 42; // race: racetest.JucRacyCompleteThenWrite.data
        });
        t.start();
        cf.get();
        int d = data; // race: racetest.JucRacyCompleteThenWrite.data
        t.join();
        System.out.println(d);
    }
}
