package racetest.junit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

// Tests as a user writes them, run by JUnitIT under the agent (its extension registered by the
// agent alone): each racy test races on its own variable, so each race is a new one; the names
// say which must fail.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RacyCases {
    static int threads;
    static int inPool;
    static int parameterized;
    static int timed;
    static final AtomicInteger atomic = new AtomicInteger();
    static ExecutorService pool;

    @BeforeAll
    static void startPool() throws Exception {
        pool = Executors.newFixedThreadPool(1);
        ((ThreadPoolExecutor) pool).prestartAllCoreThreads(); // its thread exists before any test
    }

    @AfterAll
    static void stopPool() throws Exception {
        pool.shutdown();
        assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }

    static void twice(Runnable r) throws InterruptedException {
        Thread a = new Thread(r);
        Thread b = new Thread(r);
        a.start();
        b.start();
        a.join();
        b.join();
    }

    @Test
    @Order(1)
    void racyThreads() throws Exception {
        twice(() -> threads++);
    }

    @Test
    @Order(2)
    void raceFreeAfterARacyTest() throws Exception {
        twice(atomic::incrementAndGet);
    }

    // the pool's thread was made before this test: the task it runs is what ties it to the test
    @Test
    @Order(3)
    void racyPoolTask() throws Exception {
        Future<?> f = pool.submit(() -> inPool++);
        inPool++;
        f.get();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    @Order(4)
    void racyWhenTrue(boolean racy) throws Exception {
        if (racy) {
            twice(() -> parameterized++);
        } else {
            twice(atomic::incrementAndGet);
        }
    }

    @RepeatedTest(2)
    @Order(5)
    void raceFreeRepeated() throws Exception {
        twice(atomic::incrementAndGet);
    }

    @Test
    @Order(6)
    @Timeout(value = 1, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void racyWithTimeoutInAnotherThread() throws Exception {
        twice(() -> timed++);
    }

    @Nested
    class Inner {
        int nested;

        @Test
        void racyNested() throws Exception {
            twice(() -> nested++);
        }

        @Test
        void raceFreeNested() throws Exception {
            twice(atomic::incrementAndGet);
        }
    }
}
