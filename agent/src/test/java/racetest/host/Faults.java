package racetest.host;

import java.util.ArrayList;
import java.util.List;

// Faults in the middle of instrumented code: a worker recurses until StackOverflowError, catches
// it, then writes x; main catches an OutOfMemoryError of its own making, recovers, and reads x
// once it sees the worker done (getState: no happens-before). The program prints the same with
// and without jrace, and the worker's restored stack has its two frames, not the thousands the
// overflow unwound (the shadow stack stayed balanced).
public class Faults {
    static int x;
    static int depth;

    static void recurse() {
        depth++;
        recurse();
    }

    static void afterOverflow() {
        x = 1;
    }

    static void work() {
        try {
            recurse();
        } catch (StackOverflowError e) {
            afterOverflow();
        }
    }

    static int exhaustHeap() {
        List<long[]> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new long[1 << 20]);
            }
        } catch (OutOfMemoryError e) {
            int n = hog.size();
            hog.clear();
            return n;
        }
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(Faults::work, "worker");
        worker.start();
        boolean recovered = exhaustHeap() > 0;
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println("recovered " + recovered + ", x " + x);
    }
}
