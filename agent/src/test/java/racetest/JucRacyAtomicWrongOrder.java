package racetest;

// The writer sets an AtomicInteger flag before writing the data; the reader spins on the flag
// and then reads the data.
import java.util.concurrent.atomic.AtomicInteger;

public class JucRacyAtomicWrongOrder {
    static final AtomicInteger ready = new AtomicInteger();
    static int data;

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            while (ready.get() == 0) {
                Thread.onSpinWait();
            }
            int d = data; // race: racetest.JucRacyAtomicWrongOrder.data
        });
        reader.start();
        Thread writer = new Thread(() -> {
            ready.set(1);
            data = 42; // race: racetest.JucRacyAtomicWrongOrder.data
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
