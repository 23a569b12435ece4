package racetest.junit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

// Four tests that run at the same time (JUnitIT turns parallel execution on): a latch keeps
// them all running until each has done its part, so a race found in one is found while the
// others run too. Only the racy ones may fail.
@Execution(ExecutionMode.CONCURRENT)
class ParallelCases {
    static final CountDownLatch ALL_STARTED = new CountDownLatch(4);
    static int first;
    static int second;
    static final AtomicInteger atomic = new AtomicInteger();

    static void together(Runnable r) throws InterruptedException {
        ALL_STARTED.countDown();
        ALL_STARTED.await(1, TimeUnit.MINUTES);
        RacyCases.twice(r);
    }

    @Test
    void racyFirst() throws Exception {
        together(() -> first++);
    }

    @Test
    void racySecond() throws Exception {
        together(() -> second++);
    }

    @Test
    void raceFreeThird() throws Exception {
        together(atomic::incrementAndGet);
    }

    @Test
    void raceFreeFourth() throws Exception {
        together(atomic::incrementAndGet);
    }
}
