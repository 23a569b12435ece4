package racetest;
// no race
// A common-pool parallel forEach writes one array slot per index; main reads all slots after the
// terminal operation returns.
import java.util.stream.IntStream;

public class JucNoRaceParallelStreamWrites {
    static final int N = 10000;
    static final int[] out = new int[N];

    public static void main(String[] args) throws Exception {
        IntStream.range(0, N).parallel().forEach(i -> out[i] = 2 * i);
        long s = 0;
        for (int v : out) {
            s += v;
        }
        if (s != (long) N * (N - 1)) {
            throw new AssertionError(s);
        }
    }
}
