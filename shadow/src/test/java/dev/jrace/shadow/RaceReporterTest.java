package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RaceReporterTest {
  private static final Site A = new Site("com.acme.A", "run", "A.java", 1, "com.acme.A.x");
  private static final Site B = new Site("com.acme.B", "run", "B.java", 2, "com.acme.A.x");
  private static final Site C = new Site("com.acme.C", "run", "C.java", 3, "com.acme.A.x");
  private static final ThreadInfo T1 = new ThreadInfo(null, "t1", null);
  private static final ThreadInfo T2 = new ThreadInfo(null, "t2", null);

  private final List<String> out = new ArrayList<>();
  private final RaceReporter reporter = new RaceReporter(out::add, false, 66);

  private static Race race(String variable, Site now, Site before) {
    return new Race(variable, new Access(true, now, T1, null), new Access(false, before, T2, null));
  }

  @Test
  void printsTheTextReportOfARace() {
    Race r = race("com.acme.A.x", A, B);
    reporter.race(r);
    assertEquals(List.of(TextReport.format(r)), out);
    assertEquals(1, reporter.reported());
  }

  @Test
  void aSuppressedRaceIsNeitherPrintedNorCounted() {
    RaceReporter r = new RaceReporter(out::add, false, 66,
        Suppressions.parse(List.of("race:com.acme.C.*"), "f"), 0, true, ReportFormat.TEXT);
    r.race(race("com.acme.A.x", A, C));
    r.race(race("com.acme.A.x", A, B));
    assertEquals(1, out.size());
    assertEquals(1, r.reported());
  }

  @Test
  void pastTheLimitRacesAreCountedNotPrinted() {
    RaceReporter r = new RaceReporter(out::add, false, 66, Suppressions.NONE, 2, true, ReportFormat.TEXT);
    r.race(race("com.acme.A.x", A, B));
    r.race(race("com.acme.A.x", A, C));
    r.race(race("com.acme.A.x", B, C));
    assertEquals(2, out.size());
    assertEquals(3, r.reported());
    assertEquals("jrace: found 3 data race(s), 2 shown (report_limit=2)\n", TextReport.summary(3, 2));
    assertEquals("jrace: found 2 data race(s)\n", TextReport.summary(2, 2));
  }

  @Test
  void withoutDeduplicationEveryOccurrenceIsReported() {
    RaceReporter r = new RaceReporter(out::add, false, 66, Suppressions.NONE, 0, false, ReportFormat.TEXT);
    r.race(race("com.acme.A.x", A, B));
    r.race(race("com.acme.A.x", A, B));
    assertEquals(2, out.size());
    assertEquals(2, r.reported());
  }

  @Test
  void nothingReportedYetCountsZero() {
    assertEquals(0, reporter.reported());
    assertEquals(List.of(), out);
  }

  @Test
  void aPairOfSitesIsReportedOnceInEitherOrder() {
    reporter.race(race("com.acme.A.x", A, B));
    reporter.race(race("com.acme.A.x", B, A));
    reporter.race(race("com.acme.A.x", A, B));
    assertEquals(1, out.size());
    assertEquals(1, reporter.reported());
  }

  @Test
  void aPairOfSitesIsReportedOnceWhateverTheVariableOrKinds() {
    reporter.race(race("com.acme.A.x", A, B));
    reporter.race(race("int[] element 4", A, B));
    reporter.race(new Race("com.acme.A.x",
        new Access(false, B, T2, null), new Access(true, A, T1, null)));
    assertEquals(1, reporter.reported());
  }

  @Test
  void eachDifferentPairIsReported() {
    reporter.race(race("com.acme.A.x", A, B));
    reporter.race(race("com.acme.A.x", A, C));
    reporter.race(race("com.acme.A.x", C, B));
    reporter.race(race("com.acme.A.x", A, A));
    reporter.race(race("com.acme.A.x", C, A));
    assertEquals(4, reporter.reported());
    assertEquals(4, out.size());
    assertEquals(TextReport.format(race("com.acme.A.x", A, A)), out.get(3));
  }

  @Test
  void sitesAreComparedByTheirFramesNotByIdentity() {
    reporter.race(race("com.acme.A.x", A, B));
    Site sameAsA = new Site("com.acme.A", "run", "A.java", 1, "something else");
    reporter.race(race("com.acme.A.x", B, sameAsA));
    assertEquals(1, reporter.reported());
  }

  @Test
  void manyThreadsReportingTheSamePairsPrintEachOnce() throws Exception {
    int pairs = 2_000;
    Site[] left = new Site[pairs];
    Site[] right = new Site[pairs];
    for (int i = 0; i < pairs; i++) {
      left[i] = new Site("com.acme.L", "m" + i, "L.java", i + 1, "x");
      right[i] = new Site("com.acme.R", "m" + i, "R.java", i + 1, "x");
    }
    List<String> shared = Collections.synchronizedList(new ArrayList<>());
    RaceReporter r = new RaceReporter(shared::add, false, 66);
    int n = 8;
    Concurrently.run(n, t -> {
      boolean flip = t % 2 == 0;
      for (int i = 0; i < pairs; i++) {
        r.race(flip ? race("x", left[i], right[i]) : race("x", right[i], left[i]));
      }
    });
    assertEquals(pairs, r.reported());
    assertEquals(pairs, shared.size());
  }

  @Test
  void keepsItsExitCode() {
    assertEquals(66, reporter.exitCode());
    assertEquals(3, new RaceReporter(s -> {}, false, 3).exitCode());
  }
}
