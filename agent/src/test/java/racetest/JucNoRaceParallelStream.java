package racetest;
// no race
// A common-pool parallel stream reads an array (and a plain field) written by main before the
// stream starts.
import java.util.stream.IntStream;

public class JucNoRaceParallelStream {
    static final int N = 10000;
    static final int[] data = new int[N];
    static int factor;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < N; i++) {
            data[i] = i;
        }
        factor = 3;
        long s = IntStream.range(0, N).parallel().mapToLong(i -> (long) data[i] * factor).sum();
        if (s != 3L * N * (N - 1) / 2) {
            throw new AssertionError(s);
        }
    }
}
