package dev.jrace.agent;

import dev.jrace.shadow.ReportFormat;
import dev.jrace.shadow.Suppressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The agent's options: {@code -javaagent:race.jar=key=value,key=value} and the environment
 * variable {@code JRACE_OPTIONS} in the same syntax; the agent arguments win. A bad key or value
 * is an {@link IllegalArgumentException} whose message is the one line the user sees.
 */
public final class Options {
  /** Every key with its default, in the order errors list them. */
  static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("exitcode", "66");
    KEYS.put("halt_on_error", "0");
    KEYS.put("log_path", "stderr");
    KEYS.put("include", "*");
    KEYS.put("exclude", "");
    KEYS.put("verbose", "0");
    KEYS.put("history_size", "3");
    KEYS.put("suppressions", "");
    KEYS.put("report_limit", "0");
    KEYS.put("suppress_equal_stacks", "1");
    KEYS.put("format", "text");
    KEYS.put("html", "");
    KEYS.put("mode", "race");
  }

  final int exitCode;
  final boolean haltOnError;
  final String logPath;
  final ClassFilter filter;
  final boolean verbose;
  /** 0: no history (a previous access shows its own frame); 1 to 8 keep 4,096 to 524,288 calls per thread. */
  final int historySize;
  final Suppressions suppressions;
  /** Reports printed at most (0: all); later races are counted in the summary. */
  final int reportLimit;
  /** Report a pair of code locations once; false: every time it races. */
  final boolean dedup;
  final ReportFormat format;
  /** Where to write the HTML summary at exit (DIR/index.html), or null for none. */
  final Path html;
  /** {@code mode=naive}: every access dispatched the straightforward way, for the benchmarks' comparison. */
  final boolean naive;

  private Options(Map<String, String> v) {
    exitCode = integer(v, "exitcode", 0, 255);
    haltOnError = flag(v, "halt_on_error");
    logPath = v.get("log_path");
    if (logPath.isEmpty()) {
      throw new IllegalArgumentException("option log_path: empty path");
    }
    filter = new ClassFilter(patterns(v, "include"), patterns(v, "exclude"));
    verbose = flag(v, "verbose");
    historySize = integer(v, "history_size", 0, 8);
    suppressions = suppressions(v.get("suppressions"));
    reportLimit = integer(v, "report_limit", 0, Integer.MAX_VALUE);
    dedup = flag(v, "suppress_equal_stacks");
    format = switch (v.get("format")) {
      case "text" -> ReportFormat.TEXT;
      case "json" -> ReportFormat.JSON;
      case "sarif" -> ReportFormat.SARIF;
      default -> throw new IllegalArgumentException("option format: \"" + v.get("format")
          + "\" is not text, json or sarif");
    };
    html = v.get("html").isEmpty() ? null : directory(v.get("html"));
    naive = switch (v.get("mode")) {
      case "race" -> false;
      case "naive" -> true;
      default -> throw new IllegalArgumentException("option mode: \"" + v.get("mode") + "\" is not race or naive");
    };
  }

  /**
   * The directory of {@code html}, checked now rather than found unwritable at exit: it is a
   * directory jrace may write in, or can be made in the nearest directory above it that exists.
   */
  private static Path directory(String dir) {
    Path p;
    try {
      p = Path.of(dir);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("option html: \"" + dir + "\" is not a path");
    }
    if (Files.exists(p) && !Files.isDirectory(p)) {
      throw new IllegalArgumentException("option html: " + dir + " is a file, not a directory");
    }
    Path existing = p.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.isDirectory(existing)) {
      throw new IllegalArgumentException("option html: cannot make the directory " + dir + ": "
          + (existing == null ? "no part of it exists" : existing + " is a file"));
    }
    if (!Files.isWritable(existing)) {
      throw new IllegalArgumentException("option html: cannot write in " + existing);
    }
    return p;
  }

  private static Suppressions suppressions(String file) {
    if (file.isEmpty()) {
      return Suppressions.NONE;
    }
    try {
      if (Files.isDirectory(Path.of(file))) {
        throw new IllegalArgumentException("option suppressions: cannot read " + file + ": a directory, not a file");
      }
      return Suppressions.parse(Files.readAllLines(Path.of(file)), file);
    } catch (IOException | InvalidPathException e) {
      String why = e instanceof java.nio.file.NoSuchFileException ? "no such file"
          : e instanceof java.nio.charset.CharacterCodingException ? "not UTF-8 text"
          : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
          : e.getMessage();
      throw new IllegalArgumentException("option suppressions: cannot read " + file + ": " + why);
    }
  }

  /** Parses the environment's options, then the agent's arguments over them. */
  public static Options parse(String environment, String agentArgs) {
    Map<String, String> values = new LinkedHashMap<>(KEYS);
    read(values, environment, "JRACE_OPTIONS");
    read(values, agentArgs, "agent arguments");
    return new Options(values);
  }

  private static void read(Map<String, String> values, String text, String source) {
    if (text == null || text.isBlank()) {
      return;
    }
    for (String item : text.split(",")) {
      int eq = item.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("malformed option \"" + item.trim() + "\" in " + source
            + ": expected key=value");
      }
      String key = item.substring(0, eq).trim();
      if (!KEYS.containsKey(key)) {
        throw new IllegalArgumentException("unknown option \"" + key + "\" in " + source
            + " (known: " + String.join(", ", KEYS.keySet()) + ")");
      }
      values.put(key, item.substring(eq + 1).trim());
    }
  }

  private static int integer(Map<String, String> v, String key, int min, int max) {
    String text = v.get(key);
    try {
      int n = Integer.parseInt(text);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new IllegalArgumentException("option " + key + ": \"" + text + "\" is not a whole number from "
        + min + " to " + max);
  }

  private static boolean flag(Map<String, String> v, String key) {
    String text = v.get(key);
    switch (text) {
      case "1": case "true":
        return true;
      case "0": case "false":
        return false;
      default:
        throw new IllegalArgumentException("option " + key + ": \"" + text + "\" is not 0, 1, true or false");
    }
  }

  private static String[] patterns(Map<String, String> v, String key) {
    String text = v.get(key);
    if (text.isEmpty()) {
      return new String[0];
    }
    String[] parts = text.split(":");
    for (String p : parts) {
      if (!p.matches("[\\w.$*?]+")) {
        throw new IllegalArgumentException("option " + key + ": \"" + p
            + "\" is not a class name pattern (letters, digits, . $ _ and the wildcards * ?)");
      }
    }
    return parts;
  }
}
