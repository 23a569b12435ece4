package dev.jrace.benchmarks;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs each benchmark twice in forked JVMs, {@code off} (no agent) and {@code race}
 * ({@code -javaagent:race.jar}), one right after the other, and prints a table of both scores and
 * their ratio race/off. Settings are system properties (see {@link Settings#fromSystemProperties}
 * and the module's README).
 */
public final class Compare {
  /**
   * The agent's options in race mode unless {@code jrace.agentArgs} says otherwise: JMH's own
   * classes stay uninstrumented, so that the harness (and its compiler blackholes, which must be
   * empty methods) costs the same in both modes and only the workload pays for the detector.
   */
  public static final String DEFAULT_AGENT_ARGS = "exclude=org.openjdk.jmh.*";

  private Compare() {}

  /** What to run and how. */
  public record Settings(
      Path agent,
      String agentArgs,
      List<String> include,
      int forks,
      int warmupIterations,
      TimeValue warmupTime,
      int iterations,
      TimeValue time,
      List<String> jvmArgs,
      VerboseMode verbosity) {

    /**
     * From the system properties, each with a modest default:
     * <ul>
     *   <li>{@code jrace.agent}: race.jar (default: {@code ../agent/target/race.jar} from this
     *       module's directory, found from where this class was loaded);
     *   <li>{@code jrace.agentArgs}: the agent's options, as after {@code -javaagent:race.jar=}
     *       (default: {@link #DEFAULT_AGENT_ARGS}; empty for none);
     *   <li>{@code jrace.bench}: comma-separated regular expressions over the benchmark names
     *       (default: every benchmark in {@code dev.jrace.benchmarks});
     *   <li>{@code jrace.forks} (1), {@code jrace.warmupIterations} (3), {@code jrace.warmupTime}
     *       (1s), {@code jrace.iterations} (5), {@code jrace.time} (1s): JMH's settings, times as
     *       JMH writes them (500ms, 2s, ...);
     *   <li>{@code jrace.jvmArgs}: space-separated JVM options for the forks of both modes
     *       (default: none);
     *   <li>{@code jrace.verbosity}: JMH's output, SILENT, NORMAL or EXTRA (default: NORMAL).
     * </ul>
     */
    public static Settings fromSystemProperties() {
      String jvmArgs = System.getProperty("jrace.jvmArgs", "").trim();
      return new Settings(
          agentPath(),
          System.getProperty("jrace.agentArgs", DEFAULT_AGENT_ARGS),
          split(System.getProperty("jrace.bench", "")),
          Integer.getInteger("jrace.forks", 1),
          Integer.getInteger("jrace.warmupIterations", 3),
          TimeValue.fromString(System.getProperty("jrace.warmupTime", "1s")),
          Integer.getInteger("jrace.iterations", 5),
          TimeValue.fromString(System.getProperty("jrace.time", "1s")),
          jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+")),
          VerboseMode.valueOf(System.getProperty("jrace.verbosity", "NORMAL").toUpperCase(Locale.ROOT)));
    }

    /** The JVM option that loads the agent. */
    String javaagent() {
      return "-javaagent:" + agent + (agentArgs.isEmpty() ? "" : "=" + agentArgs);
    }
  }

  /**
   * One benchmark (with its parameters, if any) in both modes. A mode whose run failed (a fork
   * that crashed or exited non-zero, say because the agent reported a race) has a null result.
   */
  public record Row(String benchmark, Result<?> off, Result<?> race) {
    /** How many times longer the benchmark takes under the agent; NaN if a mode failed. */
    public double ratio() {
      return off == null || race == null ? Double.NaN : race.getScore() / off.getScore();
    }

    public boolean failed() {
      return off == null || race == null;
    }
  }

  public static void main(String[] args) {
    Settings settings = Settings.fromSystemProperties();
    PrintStream out = System.out;
    List<Row> rows = run(settings, out);
    out.println();
    out.println("jrace cost: " + describe(settings));
    out.print(table(rows));
    if (rows.stream().anyMatch(Row::failed)) {
      out.println("some runs failed: see their errors above");
      System.exit(1);
    }
  }

  /** The agent: {@code jrace.agent}, else {@code ../agent/target/race.jar} from this module. */
  public static Path agentPath() {
    String property = System.getProperty("jrace.agent");
    Path agent = property != null && !property.isBlank()
        ? Paths.get(property)
        : moduleDirectory().resolve("../agent/target/race.jar");
    agent = agent.toAbsolutePath().normalize();
    if (!Files.isRegularFile(agent)) {
      throw new IllegalStateException("no agent at " + agent
          + ": build it (mvn -q -B -DskipTests install) or name it with -Djrace.agent=PATH");
    }
    return agent;
  }

  /**
   * The benchmarks module's directory: the parent of the {@code target/} that holds these classes
   * ({@code target/classes} or {@code target/benchmarks.jar}); else the working directory.
   */
  private static Path moduleDirectory() {
    try {
      Path from = Paths.get(Compare.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = from.getParent();
      if (target != null && target.getFileName() != null
          && target.getFileName().toString().equals("target") && target.getParent() != null) {
        return target.getParent();
      }
    } catch (URISyntaxException | RuntimeException e) {
      // fall through to the working directory
    }
    return Paths.get(System.getProperty("user.dir"));
  }

  /** The benchmark methods the settings select, by their full names. */
  public static List<String> benchmarks(Settings settings) {
    List<String> include = settings.include().isEmpty()
        ? List.of("^" + Pattern.quote(Compare.class.getPackageName() + "."))
        : settings.include();
    Set<String> names = new LinkedHashSet<>();
    for (BenchmarkListEntry e : BenchmarkList.defaultList()
        .find(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), include, List.of())) {
      names.add(e.getUsername());
    }
    return new ArrayList<>(names);
  }

  /** Runs every selected benchmark off, then race, and pairs the results. */
  public static List<Row> run(Settings settings, PrintStream log) {
    List<String> names = benchmarks(settings);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no benchmark matches " + settings.include());
    }
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      log.println("# jrace: " + name + " [off]");
      Map<String, Result<?>> off = scoresOrNone(settings, name, false, log);
      log.println("# jrace: " + name + " [race] " + settings.javaagent());
      Map<String, Result<?>> race = scoresOrNone(settings, name, true, log);
      Set<String> labels = new LinkedHashSet<>(off.keySet());
      labels.addAll(race.keySet());
      if (labels.isEmpty()) {
        labels.add(shortName(name));
      }
      for (String label : labels) {
        rows.add(new Row(label, off.get(label), race.get(label)));
      }
    }
    return rows;
  }

  /** {@link #scores}, or no score when the run failed: the failure is logged, the rest go on. */
  private static Map<String, Result<?>> scoresOrNone(Settings settings, String benchmark,
      boolean race, PrintStream log) {
    try {
      return scores(settings, benchmark, race);
    } catch (RunnerException | RuntimeException e) {
      log.println("# jrace: " + benchmark + (race ? " [race]" : " [off]") + " FAILED: " + e);
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        log.println("#   caused by " + c);
        for (Throwable s : c.getSuppressed()) {
          log.println("#   " + s);
        }
      }
      return Map.of();
    }
  }

  /** One benchmark in one mode: its primary result for each parameter combination. */
  private static Map<String, Result<?>> scores(Settings settings, String benchmark, boolean race)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmark) + "$")
        .forks(settings.forks())
        .warmupIterations(settings.warmupIterations())
        .warmupTime(settings.warmupTime())
        .measurementIterations(settings.iterations())
        .measurementTime(settings.time())
        // Explicit, so that the forks do not inherit this JVM's own options (say, an agent).
        .jvmArgs(settings.jvmArgs().toArray(new String[0]))
        .shouldFailOnError(true)
        .verbosity(settings.verbosity());
    if (race) {
      options.jvmArgsAppend(settings.javaagent());
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Result<?>> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      byName.put(label(r), r.getPrimaryResult());
    }
    if (byName.isEmpty()) {
      throw new RunnerException("no result for " + benchmark + (race ? " under the agent" : ""));
    }
    return byName;
  }

  /** Class.method, then the parameters if there are any. */
  private static String label(RunResult r) {
    StringBuilder label = new StringBuilder(shortName(r.getParams().getBenchmark()));
    Collection<String> keys = r.getParams().getParamsKeys();
    if (!keys.isEmpty()) {
      List<String> params = new ArrayList<>();
      for (String k : keys) {
        params.add(k + "=" + r.getParams().getParam(k));
      }
      label.append(" {").append(String.join(", ", params)).append('}');
    }
    return label.toString();
  }

  /** Class.method of a full benchmark name. */
  private static String shortName(String full) {
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    return full.substring(type + 1);
  }

  static String describe(Settings s) {
    return "JDK " + System.getProperty("java.version") + ", forks " + s.forks() + ", warmup "
        + s.warmupIterations() + " x " + s.warmupTime() + ", measurement " + s.iterations() + " x "
        + s.time() + (s.jvmArgs().isEmpty() ? "" : ", jvmArgs " + s.jvmArgs()) + ", race = "
        + s.javaagent();
  }

  /** A Markdown table: benchmark, off score, race score, ratio race/off. */
  public static String table(List<Row> rows) {
    List<String[]> cells = new ArrayList<>();
    String unit = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.off(), r.race()))
        .filter(java.util.Objects::nonNull).findFirst()
        .map(r -> " (" + r.getScoreUnit() + ")").orElse("");
    cells.add(new String[] {"benchmark", "off" + unit, "race" + unit, "race/off"});
    for (Row r : rows) {
      cells.add(new String[] {r.benchmark(), score(r.off()), score(r.race()),
          r.failed() ? "-" : String.format(Locale.ROOT, "%.1fx", r.ratio())});
    }
    int[] width = new int[4];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < cells.size(); n++) {
      String[] row = cells.get(n);
      out.append('|');
      for (int i = 0; i < row.length; i++) {
        String cell = i == 0 ? pad(row[i], width[i], false) : pad(row[i], width[i], true);
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
      if (n == 0) {
        out.append('|');
        for (int i = 0; i < row.length; i++) {
          char[] dashes = new char[width[i]];
          Arrays.fill(dashes, '-');
          if (i > 0) {
            dashes[dashes.length - 1] = ':';
          }
          out.append(' ').append(dashes);
          out.append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String score(Result<?> r) {
    if (r == null) {
      return "FAILED";
    }
    double error = r.getScoreError();
    String score = String.format(Locale.ROOT, "%.3f", r.getScore());
    return Double.isFinite(error) ? score + String.format(Locale.ROOT, " ± %.3f", error) : score;
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(width - s.length());
    return right ? spaces + s : s + spaces;
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
