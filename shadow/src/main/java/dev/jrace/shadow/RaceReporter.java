package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Prints each race once per pair of code locations (or every time, without deduplication) and
 * counts them, leaving out suppressed ones and printing no more than a limit. The text is made
 * and written outside this object's lock, so printing never waits on an application lock while
 * holding one of ours.
 */
public final class RaceReporter implements RaceSink {
  private final Consumer<String> out;
  private final boolean haltOnError;
  private final int exitCode;
  private final Suppressions suppressions;
  private final int limit;
  private final boolean dedup;
  private final ReportFormat format;
  private final Set<String> seenPairs = new HashSet<>();
  private final List<Race> shown = new ArrayList<>();
  private int reported;

  /**
   * @param out where report text goes (stderr or the log file)
   * @param haltOnError stop the JVM with {@code exitCode} after the first report
   */
  public RaceReporter(Consumer<String> out, boolean haltOnError, int exitCode) {
    this(out, haltOnError, exitCode, Suppressions.NONE, 0, true, ReportFormat.TEXT);
  }

  /**
   * @param limit print at most this many reports (0: no limit); later races are still counted
   * @param dedup report a pair of code locations once (false: every time it races)
   */
  public RaceReporter(Consumer<String> out, boolean haltOnError, int exitCode, Suppressions suppressions,
      int limit, boolean dedup, ReportFormat format) {
    this.out = out;
    this.haltOnError = haltOnError;
    this.exitCode = exitCode;
    this.suppressions = suppressions;
    this.limit = limit;
    this.dedup = dedup;
    this.format = format;
  }

  @Override
  public void race(Race race) {
    if (suppressions.suppresses(race)) {
      return;
    }
    String a = race.current().site().frame();
    String b = race.previous().site().frame();
    String pair = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    boolean show;
    synchronized (this) {
      if (dedup && !seenPairs.add(pair)) {
        return;
      }
      reported++;
      show = limit == 0 || reported <= limit;
      if (show) {
        shown.add(race);
      }
    }
    String text = show ? format.race(race) : null;
    if (text != null) {
      out.accept(text);
    }
    RaceListeners.tell(race);
    if (haltOnError) {
      finish();
      Runtime.getRuntime().halt(exitCode);
    }
  }

  /** The races printed so far (as many as the report limit allows). */
  public synchronized List<Race> shown() {
    return new ArrayList<>(shown);
  }

  /** Writes what ends the run in this format (the summary, or the SARIF document). */
  public void finish() {
    List<Race> races;
    int count;
    synchronized (this) {
      races = new ArrayList<>(shown);
      count = reported;
    }
    String end = format.end(races, count, limit);
    if (end != null) {
      out.accept(end);
    }
  }

  public synchronized int reported() {
    return reported;
  }

  public int exitCode() {
    return exitCode;
  }
}
