package racetest.junit;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

// The first test leaves two threads behind that race once it is over, while the second test
// runs: the race fails neither test (it is not the second one's), so the run's exit status says it.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LateCases {
    static int late;

    @Test
    @Order(1)
    void leavesThreadsBehind() {
        Runnable later = () -> {
            sleep(300);
            late++;
        };
        new Thread(later).start();
        new Thread(later).start();
    }

    @Test
    @Order(2)
    void runsWhileTheyRace() {
        sleep(1500);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
