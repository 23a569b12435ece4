package racetest;
// no race
// A RecursiveAction on a ForkJoinPool(3) increments a plain array in place: the leaves read
// main's values and write their own ranges; the halves are run with invokeAll(left, right), and
// each parent then writes a plain per-node marker its children never touch. Main reads the array
// and the markers after invoke().
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

public class JucNoRaceRecursiveAction {
    static final int N = 1024;
    static final int LEAF = 64;
    static final int[] data = new int[N];

    static final class Inc extends RecursiveAction {
        final int lo;
        final int hi;
        int done;

        Inc(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= LEAF) {
                for (int i = lo; i < hi; i++) {
                    data[i] = data[i] + 1;
                }
                done = hi - lo;
                return;
            }
            int mid = (lo + hi) >>> 1;
            Inc left = new Inc(lo, mid);
            Inc right = new Inc(mid, hi);
            invokeAll(left, right);
            done = left.done + right.done;
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < N; i++) {
            data[i] = i;
        }
        Inc root = new Inc(0, N);
        ForkJoinPool pool = new ForkJoinPool(3);
        pool.invoke(root);
        long s = 0;
        for (int v : data) {
            s += v;
        }
        if (root.done != N || s != (long) N * (N - 1) / 2 + N) {
            throw new AssertionError(s);
        }
        pool.shutdown();
    }
}
