package racetest.report;

import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

// A parallel stream's lambda adds to a field: the two elements run on two threads (main and a
// common-pool worker, held together by a barrier) and race after it. The worker's task was
// forked by the stream that main started in sum().
public class Streams {
    static long total;
    static final CyclicBarrier BOTH = new CyclicBarrier(2);

    static void add(int i) {
        total += i;
    }

    static void sum() {
        IntStream.range(0, 2).parallel().forEach(i -> {
            awaitOther();
            add(i);
        });
    }

    static void awaitOther() {
        try {
            BOTH.await(1, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("the two elements did not run on two threads", e);
        }
    }

    public static void main(String[] args) {
        sum();
        System.out.println(total);
    }
}
