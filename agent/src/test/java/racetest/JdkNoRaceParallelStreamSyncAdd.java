package racetest;
// no race
// A parallel stream's forEach adds to a shared ArrayList under a lock from the common pool's
// threads and from main; main reads the list after the terminal operation returned, which
// orders every action of the stream before it.
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

public class JdkNoRaceParallelStreamSyncAdd {
    static final Object lock = new Object();
    static final List<Integer> out = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        IntStream.range(0, 20000).parallel().forEach(i -> {
            synchronized (lock) {
                out.add(i);
            }
        });
        long sum = 0;
        for (int x : out) {
            sum += x;
        }
        if (out.size() != 20000 || sum != 19999L * 10000) {
            throw new AssertionError(sum);
        }
    }
}
