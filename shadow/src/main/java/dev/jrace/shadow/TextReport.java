package dev.jrace.shadow;

import java.util.List;

/** Formats a race the way Go's and ThreadSanitizer's reports look, so the same greps work. */
public final class TextReport {
  static final String RULE = "==================";

  private TextReport() {}

  public static String format(Race race) {
    StringBuilder b = new StringBuilder(512);
    b.append(RULE).append('\n').append("WARNING: DATA RACE\n");
    Access now = race.current();
    b.append(capitalize(now.kind())).append(" of ").append(race.variable())
        .append(" at ").append(now.site().frame()).append(" by ").append(threadName(now.thread()))
        .append(":\n");
    appendStack(b, now, race.jdkClass());
    appendLocks(b, now, race.previous());
    appendTask(b, now);
    Access before = race.previous();
    b.append('\n').append("Previous ").append(before.kind()).append(" at ")
        .append(before.site().frame()).append(" by ").append(threadName(before.thread()))
        .append(":\n");
    appendStack(b, before, race.jdkClass());
    appendLocks(b, before, now);
    appendTask(b, before);
    appendLocation(b, race);
    if (!race.unheld().isEmpty()) {
      Access bare = race.currentUnheld() ? race.current() : race.previous();
      b.append('\n').append("Other accesses of ").append(race.variable()).append(" hold ")
          .append(String.join(", ", race.unheld())).append(": the ").append(bare.kind()).append(" at ")
          .append(bare.site().frame()).append(" holds none\n");
    }
    appendOrigin(b, now.thread());
    if (before.thread() != now.thread()) {
      appendOrigin(b, before.thread());
    }
    return b.append(RULE).append('\n').toString();
  }

  public static String summary(int races) {
    return "jrace: found " + races + " data race(s)\n";
  }

  /** The summary when at most {@code limit} reports were printed (0: no limit). */
  public static String summary(int races, int limit) {
    return limit == 0 || races <= limit ? summary(races)
        : "jrace: found " + races + " data race(s), " + limit + " shown (report_limit=" + limit + ")\n";
  }

  private static void appendLocation(StringBuilder b, Race race) {
    if (race.jdkClass() != null) {
      String simple = race.jdkClass().substring(race.jdkClass().lastIndexOf('.') + 1).replace('$', '.');
      b.append('\n').append("Location is a ").append(race.jdkClass()).append(" (not thread-safe)");
      if (race.holder() != null) {
        b.append(" read from field ").append(race.holder());
      }
      b.append(": ").append(simple).append('.').append(race.current().site().call()).append(" vs ")
          .append(simple).append('.').append(race.previous().site().call()).append('\n');
    } else if (race.holder() != null) {
      b.append('\n').append("Location is an array read from field ").append(race.holder()).append('\n');
    }
  }

  private static void appendStack(StringBuilder b, Access a, String jdkClass) {
    for (StackTraceElement e : ReportFrames.of(a, jdkClass)) {
      b.append("  at ").append(e).append('\n');
    }
    if (a.stack() == null && a.stackLost()) {
      b.append("  [failed to restore the stack: the access is older than its thread's history;"
          + " a larger history_size keeps more]\n");
    }
  }

  /**
   * The locks an access held, TSan's "mutexes" line: shown when it held some, and as "none"
   * when only the other access did (the likely fix: take that lock here too).
   */
  private static void appendLocks(StringBuilder b, Access a, Access other) {
    if (a.locks().isEmpty() && other.locks().isEmpty()) {
      return;
    }
    b.append("  Locks held: ");
    if (a.locks().isEmpty()) {
      b.append("none");
    }
    for (int i = 0; i < a.locks().size(); i++) {
      Site lock = a.locks().get(i);
      b.append(i == 0 ? "" : ", ").append(lockName(lock)).append(" (taken at ").append(lock.frame()).append(')');
    }
    b.append('\n');
  }

  /** Where the pool task the access ran in was submitted, when known. */
  private static void appendTask(StringBuilder b, Access a) {
    TaskOrigin task = a.task();
    if (task == null) {
      return;
    }
    b.append("  In a task submitted by ").append(threadName(task.thread())).append(" at:\n");
    for (StackTraceElement e : task.stack()) {
      b.append("    at ").append(e).append('\n');
    }
  }

  static String lockName(Site lock) {
    return lock.variable() != null ? lock.variable() : "a lock";
  }

  private static void appendOrigin(StringBuilder b, ThreadInfo t) {
    List<StackTraceElement> origin = ReportFrames.origin(t);
    if (origin.isEmpty()) {
      return;
    }
    b.append('\n').append("Thread ").append(t.label()).append(" (")
        .append(t.isAlive() ? "running" : "finished").append(") created at:\n");
    for (StackTraceElement e : origin) {
      b.append("  at ").append(e).append('\n');
    }
  }

  /** How every format names the thread of an access: {@code thread "main"}, or that it has ended. */
  static String threadName(ThreadInfo t) {
    return t == null ? "a thread that has ended" : "thread " + t.label();
  }

  static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
