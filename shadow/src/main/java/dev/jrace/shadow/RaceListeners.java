package dev.jrace.shadow;

/**
 * Who else hears of each race reported (a test framework's hook, which fails the test that was
 * running). Told on the thread that found the race, after its report was written, with no lock
 * of jrace's held; a listener that throws is logged and left in place. A listener that makes a
 * race fail something itself (a test) claims it: a run whose races were all claimed keeps its
 * own exit status, since what failed already says so.
 */
public final class RaceListeners {
  private static volatile RaceSink[] listeners = new RaceSink[0];
  private static int claimed;

  /** A listener made the race it was just told of fail something (a test). */
  public static synchronized void claim() {
    claimed++;
  }

  public static synchronized int claimed() {
    return claimed;
  }

  private RaceListeners() {}

  public static synchronized void add(RaceSink listener) {
    RaceSink[] now = listeners;
    RaceSink[] more = java.util.Arrays.copyOf(now, now.length + 1);
    more[now.length] = listener;
    listeners = more;
  }

  public static synchronized void remove(RaceSink listener) {
    RaceSink[] now = listeners;
    for (int i = 0; i < now.length; i++) {
      if (now[i] == listener) {
        RaceSink[] fewer = new RaceSink[now.length - 1];
        System.arraycopy(now, 0, fewer, 0, i);
        System.arraycopy(now, i + 1, fewer, i, now.length - i - 1);
        listeners = fewer;
        return;
      }
    }
  }

  static void tell(Race race) {
    for (RaceSink l : listeners) {
      try {
        l.race(race);
      } catch (RuntimeException | LinkageError e) {
        Log.internalError(e);
      }
    }
  }
}
