package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Races not to report, ThreadSanitizer-style: one {@code race:PATTERN} per line, where PATTERN
 * is a name with the wildcards {@code *} (any characters) and {@code ?} (one). A race is
 * suppressed when a pattern matches its variable ({@code com.acme.Counter.count}), the field an
 * array or JDK object was read from, the JDK class of an object, or any frame of either stack
 * as {@code class.method} ({@code com.acme.legacy.*} covers a class or package). Blank lines and
 * lines starting with {@code #} are comments. A suppressed race is neither printed nor counted.
 */
public final class Suppressions {
  public static final Suppressions NONE = new Suppressions(List.of());
  private static final Pattern NAME = Pattern.compile("[\\w.$*?\\[\\] <>-]+");

  private final List<Pattern> patterns;

  private Suppressions(List<Pattern> patterns) {
    this.patterns = patterns;
  }

  /** The suppressions of {@code lines}, read from {@code file}; a bad line is an error naming both. */
  public static Suppressions parse(List<String> lines, String file) {
    List<Pattern> patterns = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String pattern = line.startsWith("race:") ? line.substring("race:".length()).trim() : null;
      if (pattern == null || pattern.isEmpty() || !NAME.matcher(pattern).matches()) {
        throw new IllegalArgumentException("suppressions " + file + ":" + (n + 1) + ": \"" + line
            + "\" is not race:PATTERN (a class, method, field or frame name; wildcards * ?)");
      }
      patterns.add(glob(pattern));
    }
    return new Suppressions(List.copyOf(patterns));
  }

  public boolean suppresses(Race race) {
    if (patterns.isEmpty()) {
      return false;
    }
    for (Pattern p : patterns) {
      if (matches(p, race.variable()) || matches(p, race.holder()) || matches(p, race.jdkClass())
          || anyFrame(p, race.current()) || anyFrame(p, race.previous())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyFrame(Pattern p, Access a) {
    if (matches(p, a.site().className() + "." + a.site().methodName())) {
      return true;
    }
    if (a.stack() != null) {
      for (StackTraceElement e : a.stack()) {
        if (matches(p, e.getClassName() + "." + e.getMethodName())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(Pattern p, String name) {
    return name != null && p.matcher(name).matches();
  }

  private static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
