package dev.jrace.shadow;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Prints each race once per pair of code locations and counts them. The text is made and
 * written outside this object's lock, so printing never waits on an application lock while
 * holding one of ours.
 */
public final class RaceReporter implements RaceSink {
  private final Consumer<String> out;
  private final boolean haltOnError;
  private final int exitCode;
  private final Set<String> seenPairs = new HashSet<>();
  private int reported;

  /**
   * @param out where report text goes (stderr or the log file)
   * @param haltOnError stop the JVM with {@code exitCode} after the first report
   */
  public RaceReporter(Consumer<String> out, boolean haltOnError, int exitCode) {
    this.out = out;
    this.haltOnError = haltOnError;
    this.exitCode = exitCode;
  }

  @Override
  public void race(Race race) {
    String a = race.current().site().frame();
    String b = race.previous().site().frame();
    String pair = a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    synchronized (this) {
      if (!seenPairs.add(pair)) {
        return;
      }
      reported++;
    }
    out.accept(TextReport.format(race));
    if (haltOnError) {
      out.accept(TextReport.summary(reported()));
      Runtime.getRuntime().halt(exitCode);
    }
  }

  public synchronized int reported() {
    return reported;
  }

  public int exitCode() {
    return exitCode;
  }
}
