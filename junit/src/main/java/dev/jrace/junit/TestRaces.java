package dev.jrace.junit;

import dev.jrace.shadow.Race;
import dev.jrace.shadow.RaceListeners;
import dev.jrace.shadow.RaceSink;
import dev.jrace.shadow.TextReport;
import dev.jrace.thunks.TestScopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tests (and test classes) running now, and the races reported during each. Each gets a
 * scope of jrace's: the thread that runs it works for it, and so do the threads that thread
 * starts and the pool tasks it submits, down any chain of them. A race goes to the test its
 * finding thread works for; found on a thread that works for none (a pool made before any
 * test), to the one test running if only one is. A race found once its test is over fails no
 * test; the run then ends with jrace's exit status.
 */
final class TestRaces {
  /** One running test or test class. */
  static final class Running {
    final int scope;
    final boolean test;
    final int scopeBefore;
    private final List<String> reports = new ArrayList<>();
    private boolean over;

    Running(int scope, boolean test, int scopeBefore) {
      this.scope = scope;
      this.test = test;
      this.scopeBefore = scopeBefore;
    }

    /** Keeps a report for the test, unless it is over (then it fails nothing). */
    synchronized boolean add(String report) {
      if (over) {
        return false;
      }
      reports.add(report);
      return true;
    }

    synchronized List<String> close() {
      over = true;
      return new ArrayList<>(reports);
    }
  }

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final Map<Integer, Running> RUNNING = new ConcurrentHashMap<>();

  static {
    TestScopes.listen(new RaceSink() {
      @Override
      public void race(Race race) {
        Running r = forScope(TestScopes.current());
        if (r != null && r.add(TextReport.format(race))) {
          RaceListeners.claim(); // the test fails with it
        }
      }
    });
  }

  private TestRaces() {}

  /** A test ({@code test}) or a test class starts on the calling thread. */
  static Running begin(boolean test) {
    int scope = NEXT.incrementAndGet();
    Running r = new Running(scope, test, TestScopes.enter(scope));
    RUNNING.put(scope, r);
    return r;
  }

  /** It is over: the reports of the races during it. */
  static List<String> end(Running r) {
    TestScopes.enter(r.scopeBefore);
    RUNNING.remove(r.scope);
    return r.close();
  }

  /** The calling thread works for {@code r} until {@link #exit}. */
  static int enter(Running r) {
    return TestScopes.enter(r.scope);
  }

  static void exit(int scopeBefore) {
    TestScopes.enter(scopeBefore);
  }

  private static Running forScope(int scope) {
    if (scope != 0) {
      return RUNNING.get(scope);
    }
    Running onlyTest = null;
    Running onlyClass = null;
    int tests = 0;
    int classes = 0;
    for (Running r : RUNNING.values()) {
      if (r.test) {
        tests++;
        onlyTest = r;
      } else {
        classes++;
        onlyClass = r;
      }
    }
    return tests == 1 ? onlyTest : tests == 0 && classes == 1 ? onlyClass : null;
  }
}
