package racetest.host;

import java.util.ArrayList;
import java.util.List;

// OutOfMemoryErrors raised while jrace makes its shadow state: the heap is filled to the brim,
// then the program touches what it made beforehand and never touched (fields of its objects,
// elements of its arrays, monitors, volatiles, a JDK list), which needs no memory of its own but
// makes jrace allocate the shadows of them all. jrace must not let its OutOfMemoryErrors out:
// the program sees none there (without jrace there is none). Then the program's own allocations
// fail too, as they would without jrace; it catches that, lets the heap go and goes on: the
// objects touched while the heap was full are handed over to another thread race-free (a
// monitor, a volatile, start and join), and two threads race on a fresh field, which is reported.
// The program prints the same with and without jrace.
public class OutOfMemory {
    static final int N = 64;

    static class Box {
        int value;
        long wide;
        Object ref;
    }

    static volatile int published;
    static int racy;

    static Box[] boxes = new Box[N];
    static int[][] arrays = new int[N][];
    static Object[] locks = new Object[N];
    static final List<Integer> list = new ArrayList<>(List.of(1, 2, 3));

    /** Fills the heap with chunks smaller and smaller, down to the smallest object. */
    static Object[] fill() {
        Object[] hog = new Object[1 << 16];
        int n = 0;
        for (int size = 1 << 20; size >= 1; size >>= 2) {
            try {
                while (n < hog.length) {
                    hog[n] = new long[size];
                    n++;
                }
            } catch (OutOfMemoryError e) {
                // on to smaller chunks
            }
        }
        return hog;
    }

    /** Touches everything made beforehand; allocates nothing of the program's own. */
    static int touchAll() {
        int sum = 0;
        for (int i = 0; i < N; i++) {
            Box b = boxes[i];
            b.value = i;
            b.wide = i;
            b.ref = b;
            sum += b.value;
            int[] a = arrays[i];
            a[i % a.length] = i;
            sum += a[(i + 1) % a.length];
            synchronized (locks[i]) {
                sum++;
            }
            published = i;
            sum += published;
            sum += list.get(i % 3);
        }
        return sum;
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < N; i++) {
            boxes[i] = new Box();
            arrays[i] = new int[100 + i];
            locks[i] = new Object();
        }
        Object[] hog = fill(); // from here to its release, nothing may make a constant string (ldc allocates)
        boolean escaped = false;
        int sum = 0;
        try {
            sum = touchAll();
        } catch (OutOfMemoryError e) {
            escaped = true;
        }
        boolean ownFailed = false;
        try {
            for (int i = 0; i < 1000; i++) {
                hog[hog.length - 1 - (i % 100)] = new long[1 << 20];
            }
        } catch (OutOfMemoryError e) {
            ownFailed = true;
        }
        hog = null;

        Thread reader = new Thread(() -> {
            int seen = 0;
            for (int i = 0; i < N; i++) {
                synchronized (locks[i]) {
                    seen += boxes[i].value;
                }
            }
            boxes[0].value = seen; // after start: ordered after main's writes
        });
        reader.start();
        reader.join();
        int after = boxes[0].value + arrays[5][5] + (int) boxes[7].wide;

        Thread racer = new Thread(() -> {
            racy = 1;
        });
        racer.start();
        while (racer.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        int r = racy; // no happens-before with the write: the getState loop is no synchronization
        racer.join();
        System.out.println("escaped " + escaped + ", sum " + sum + ", own allocation failed " + ownFailed
            + ", after " + after + ", racy " + r);
    }
}
