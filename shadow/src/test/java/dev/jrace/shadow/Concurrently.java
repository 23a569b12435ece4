package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/** Runs a body in several threads released together, and fails if any of them threw. */
final class Concurrently {
  interface Body {
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  static void run(int threads, Body body) throws InterruptedException {
    CyclicBarrier go = new CyclicBarrier(threads);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> all = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int me = t;
      Thread th = new Thread(() -> {
        try {
          go.await();
          body.run(me);
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      th.start();
      all.add(th);
    }
    for (Thread th : all) {
      th.join();
    }
    assertEquals(List.of(), failures);
  }
}
