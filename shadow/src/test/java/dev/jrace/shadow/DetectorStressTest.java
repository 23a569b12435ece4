package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The detector with many threads at once on the same variables, no agent: each model thread (a
 * ThreadState) is driven by a real thread of its own, its edges made explicit (fork, a lock's
 * release and acquire, join). A barrier the detector does not see orders the phases, so that
 * the races that must manifest do, whatever the scheduling:
 *
 * <ol>
 *   <li>each worker reads one variable (all together: a read set) and writes one variable per
 *       other worker;
 *   <li>each worker writes the variables the others wrote for it, while the root thread, which
 *       synchronized with none of them, writes the variable they all read;
 *   <li>all of them read and write shared variables under locks, and read one the root wrote
 *       before it started them, checking that every acquire covers the last release of its lock
 *       and that no thread's own clock entry ever goes back;
 *   <li>the root joins them all and writes every variable of phase 3.
 * </ol>
 *
 * The races are exactly those of phase 2, each pair of locations reported once (the reporter's
 * dedup): every (worker i writes, worker j writes) pair and every (worker reads, root writes)
 * pair, none lost to the concurrency, none invented by it.
 */
class DetectorStressTest {
  private static final int WORKERS = 8;
  private static final int LOCKS = 4;
  private static final int ROUNDS = 20_000;

  private final SiteTable sites = new SiteTable();
  private final ThreadRegistry registry = new ThreadRegistry();
  private final List<Race> found = Collections.synchronizedList(new ArrayList<>());
  private final RaceReporter reporter = new RaceReporter(text -> { }, false, 66, Suppressions.NONE, 0, true,
      ReportFormat.TEXT);
  private final Detector detector = new Detector(sites, registry, race -> {
    found.add(race);
    reporter.race(race);
  });

  private int site(String method, int line, String variable) {
    return sites.add(new Site("Stress", method, "Stress.java", line, variable));
  }

  @RepeatedTest(3)
  void racesThatHappenedAreReportedOnceAndLockedAccessesNever() throws Exception {
    ThreadState root = registry.attach(new ThreadInfo(null, "root", null), null);
    int rootWritesShared = site("root", 1, "Stress.shared");
    VarState shared = new VarState();
    detector.write(shared, root, rootWritesShared, null); // before the workers start: ordered before all they do

    VarState readSet = new VarState();
    VarState[][] pairs = new VarState[WORKERS][WORKERS];
    VarState[] hot = new VarState[LOCKS];
    SyncClock[] clocks = new SyncClock[LOCKS];
    ReentrantLock[] locks = new ReentrantLock[LOCKS];
    long[] lastRelease = new long[LOCKS]; // the epoch of each lock's last releaser, under that lock
    for (int k = 0; k < LOCKS; k++) {
      hot[k] = new VarState();
      clocks[k] = new SyncClock();
      locks[k] = new ReentrantLock();
    }
    for (int i = 0; i < WORKERS; i++) {
      for (int j = 0; j < WORKERS; j++) {
        pairs[i][j] = new VarState();
      }
    }
    int[] reads = new int[WORKERS];
    int[] firstWrites = new int[WORKERS];
    int[] secondWrites = new int[WORKERS];
    int[] hotReads = new int[WORKERS];
    int[] hotWrites = new int[WORKERS];
    int[] sharedReads = new int[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
      reads[i] = site("w" + i, 100 + i, "Stress.readSet");
      firstWrites[i] = site("w" + i, 200 + i, "Stress.pair");
      secondWrites[i] = site("w" + i, 300 + i, "Stress.pair");
      hotReads[i] = site("w" + i, 400 + i, "Stress.hot");
      hotWrites[i] = site("w" + i, 500 + i, "Stress.hot");
      sharedReads[i] = site("w" + i, 600 + i, "Stress.shared");
    }
    int rootWritesReadSet = site("root", 2, "Stress.readSet");
    int rootWritesHot = site("root", 3, "Stress.hot");

    ThreadState[] workers = new ThreadState[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
      workers[i] = registry.attach(new ThreadInfo(null, "w" + i, null), root.snapshot()); // root starts w_i
      root.tick();
    }
    SyncClock[] ended = new SyncClock[WORKERS];
    for (int i = 0; i < WORKERS; i++) {
      ended[i] = new SyncClock();
    }

    CyclicBarrier phase = new CyclicBarrier(WORKERS + 1);
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < WORKERS; w++) {
      int me = w;
      Thread th = new Thread(() -> {
        ThreadState t = workers[me];
        try {
          for (int r = 0; r < 50; r++) {
            detector.read(readSet, t, reads[me], null);
          }
          for (int j = 0; j < WORKERS; j++) {
            if (j != me) {
              detector.write(pairs[me][j], t, firstWrites[me], null);
            }
          }
          phase.await(30, TimeUnit.SECONDS);

          for (int i = 0; i < WORKERS; i++) {
            if (i != me) {
              detector.write(pairs[i][me], t, secondWrites[me], null);
            }
          }
          phase.await(30, TimeUnit.SECONDS);

          long own = t.clock.get(t.tid);
          for (int r = 0; r < ROUNDS; r++) {
            int k = (me + r) % LOCKS;
            locks[k].lock();
            try {
              clocks[k].acquire(t);
              if (lastRelease[k] != 0 && !t.clock.covers(lastRelease[k])) {
                throw new AssertionError("w" + me + " acquired lock " + k + " without its last release "
                    + Epoch.toString(lastRelease[k]));
              }
              detector.read(hot[k], t, hotReads[me], null);
              detector.write(hot[k], t, hotWrites[me], null);
              lastRelease[k] = t.epoch;
              clocks[k].release(t);
            } finally {
              locks[k].unlock();
            }
            long now = t.clock.get(t.tid);
            if (now <= own) {
              throw new AssertionError("w" + me + "'s own clock went from " + own + " to " + now);
            }
            own = now;
            detector.read(shared, t, sharedReads[me], null);
          }
          ended[me].release(t); // the worker ends: root's join acquires this
        } catch (Throwable e) {
          failures.add(e);
          phase.reset();
        }
      }, "stress-" + w);
      th.start();
      threads.add(th);
    }

    phase.await(30, TimeUnit.SECONDS);
    detector.write(readSet, root, rootWritesReadSet, null); // races with every worker's read
    phase.await(30, TimeUnit.SECONDS);
    for (Thread th : threads) {
      th.join();
    }
    assertEquals(List.of(), failures);
    for (int i = 0; i < WORKERS; i++) {
      ended[i].acquire(root);
    }
    for (int k = 0; k < LOCKS; k++) {
      detector.write(hot[k], root, rootWritesHot, null);
    }
    detector.write(shared, root, rootWritesShared, null);

    Set<String> expected = new TreeSet<>();
    for (int i = 0; i < WORKERS; i++) {
      expected.add(pair(sites.get(reads[i]), sites.get(rootWritesReadSet)));
      for (int j = 0; j < WORKERS; j++) {
        if (i != j) {
          expected.add(pair(sites.get(firstWrites[i]), sites.get(secondWrites[j])));
        }
      }
    }
    Set<String> reported = new TreeSet<>();
    for (Race race : reporter.shown()) {
      reported.add(pair(race.current().site(), race.previous().site()));
    }
    assertEquals(expected, reported);
    assertEquals(expected.size(), reporter.reported(), "each pair of locations once");
    assertEquals(WORKERS * (WORKERS - 1) + WORKERS, found.size(), "each race found once by the detector");
    for (Race race : found) {
      assertEquals(race.previous().site().variable(), race.current().site().variable());
    }
  }

  private static String pair(Site a, Site b) {
    String x = a.frame();
    String y = b.frame();
    return x.compareTo(y) <= 0 ? x + " | " + y : y + " | " + x;
  }
}
