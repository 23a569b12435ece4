package racetest;
// no race
// A RecursiveTask in ForkJoinPool.commonPool(): each leaf writes its range of a plain array
// (squares) and returns the range's sum; a parent reads the elements its children wrote after
// fork()/join() and checks them against the children's results; main reads the array after
// invoke(). fork() orders the parent before the child, join() the child before the parent.
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

public class JucNoRaceForkJoinCommonPool {
    static final int N = 2048;
    static final int LEAF = 128;
    static final long[] squares = new long[N];

    static final class Fill extends RecursiveTask<Long> {
        final int lo;
        final int hi;

        Fill(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= LEAF) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    squares[i] = (long) i * i;
                    s += squares[i];
                }
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Fill left = new Fill(lo, mid);
            Fill right = new Fill(mid, hi);
            left.fork();
            right.fork();
            long sum = right.join() + left.join();
            long check = 0;
            for (int i = lo; i < hi; i++) {
                check += squares[i];
            }
            if (check != sum) {
                throw new AssertionError(lo + ".." + hi);
            }
            return sum;
        }
    }

    public static void main(String[] args) throws Exception {
        long total = ForkJoinPool.commonPool().invoke(new Fill(0, N));
        long check = 0;
        for (long v : squares) {
            check += v;
        }
        if (total != check || squares[N - 1] != (long) (N - 1) * (N - 1)) {
            throw new AssertionError(total);
        }
    }
}
