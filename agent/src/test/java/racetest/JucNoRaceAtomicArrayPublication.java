package racetest;
// no race
// Per-element publication through atomic arrays: the writer fills a plain int[] slot and then
// sets the slot's flag in an AtomicIntegerArray, with set() for even slots and lazySet() (a
// release store) for odd ones; it also fills plain-field messages and stores them with
// AtomicReferenceArray.set(). The reader spins on get(i) for each slot, then reads the data.
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;

public class JucNoRaceAtomicArrayPublication {
    static final class Msg {
        int id;
        String text;
    }

    static final int N = 32;
    static final int[] data = new int[N];
    static final AtomicIntegerArray flags = new AtomicIntegerArray(N);
    static final AtomicReferenceArray<Msg> msgs = new AtomicReferenceArray<>(N);

    public static void main(String[] args) throws Exception {
        Thread reader = new Thread(() -> {
            for (int i = N - 1; i >= 0; i--) {
                while (flags.get(i) == 0) {
                    Thread.onSpinWait();
                }
                if (data[i] != i * 7) {
                    throw new AssertionError(i);
                }
                Msg m;
                while ((m = msgs.get(i)) == null) {
                    Thread.onSpinWait();
                }
                if (m.id != i || !m.text.equals("t" + i)) {
                    throw new AssertionError(i);
                }
            }
        });
        reader.start();
        Thread writer = new Thread(() -> {
            for (int i = 0; i < N; i++) {
                data[i] = i * 7;
                if (i % 2 == 0) {
                    flags.set(i, 1);
                } else {
                    flags.lazySet(i, 1);
                }
                Msg m = new Msg();
                m.id = i;
                m.text = "t" + i;
                msgs.set(i, m);
            }
        });
        writer.start();
        reader.join();
        writer.join();
    }
}
