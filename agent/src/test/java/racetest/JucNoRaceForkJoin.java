package racetest;
// no race
// A RecursiveTask on a ForkJoinPool(4) sums an array main wrote before invoke(). Each leaf also
// stores its partial sum in a plain array slot that its parent reads after fork/join, and the
// root stores the total in a plain field that main reads after invoke().
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

public class JucNoRaceForkJoin {
    static final int N = 4096;
    static final int LEAF = 256;
    static final int[] data = new int[N];
    static final long[] partial = new long[N / LEAF];
    static long total;

    static final class Sum extends RecursiveTask<Long> {
        final int lo;
        final int hi;

        Sum(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= LEAF) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += data[i];
                }
                partial[lo / LEAF] = s;
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(lo, mid);
            Sum right = new Sum(mid, hi);
            left.fork();
            long r = right.compute();
            long l = left.join();
            long fromSlots = 0;
            for (int k = lo / LEAF; k < hi / LEAF; k++) {
                fromSlots += partial[k];
            }
            if (fromSlots != l + r) {
                throw new AssertionError();
            }
            if (lo == 0 && hi == N) {
                total = l + r;
            }
            return l + r;
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < N; i++) {
            data[i] = i;
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        long r = pool.invoke(new Sum(0, N));
        if (r != (long) N * (N - 1) / 2 || total != r) {
            throw new AssertionError(r);
        }
        pool.shutdown();
    }
}
