package bench.workloads;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Regular expressions with RE2/J (com.google.re2j), like Go's regexp package that RE2/J ports:
 * compile a handful of typical patterns, then find every match of each in a fixed text and
 * rewrite one of them.
 */
public final class Regex {
  /** Patterns of the kinds Go's regexp benchmarks use: literals, classes, alternation, captures. */
  static final String[] PATTERNS = {
    "[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}",
    "(\\d{4})-(\\d{2})-(\\d{2}) (\\d{2}):(\\d{2})",
    "https?://[^\\s/]+(/[^\\s?]*)?(\\?[^\\s]*)?",
    "\\b(race|detector|thread)s?\\b",
    "(?i)error|warning",
    "[A-Z][a-z]+day",
  };

  private final String text;

  /** A text of about {@code size} characters from {@link Corpus}. */
  public Regex(int size) {
    this.text = Corpus.text(size, 42);
  }

  /** Compiles every pattern, counts its matches (and captured groups), and rewrites dates. */
  public long run() {
    long digest = 0;
    for (String p : PATTERNS) {
      Pattern pattern = Pattern.compile(p);
      Matcher m = pattern.matcher(text);
      while (m.find()) {
        digest = digest * 31 + m.start() + m.groupCount();
      }
    }
    String rewritten = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(text).replaceAll("$3/$2/$1");
    return digest + rewritten.length();
  }
}
