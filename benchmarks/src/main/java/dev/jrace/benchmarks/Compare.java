package dev.jrace.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
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
 * Runs each benchmark in forked JVMs once per mode, one mode right after the other:
 * {@code off} (no agent), {@code race} ({@code -javaagent:race.jar=ARGS}, the agent as shipped)
 * and {@code naive} ({@code -javaagent:race.jar=ARGS,mode=naive}, the agent dispatching every
 * access the straightforward way); then, unless turned off, measures each benchmark's memory in
 * a fresh JVM per mode ({@link Footprint}). Prints Markdown tables of time and memory with the
 * ratios race/off and naive/race, and writes them, a CSV and an SVG chart to an output directory
 * if one is given. Settings are system properties (see {@link Settings#from} and the module's
 * README).
 */
public final class Compare {
  /**
   * The agent's options in race mode unless {@code jrace.agentArgs} says otherwise: JMH's own
   * classes stay uninstrumented, so that the harness (and its compiler blackholes, which must be
   * empty methods) costs the same in both modes and only the workload pays for the detector.
   */
  public static final String DEFAULT_AGENT_ARGS = "exclude=org.openjdk.jmh.*";

  /** The modes, in table order. */
  public static final List<String> DEFAULT_MODES = List.of("off", "race", "naive");

  private Compare() {}

  /** What to run and how. */
  public record Settings(
      Path agent,
      String agentArgs,
      List<String> modes,
      List<String> include,
      int forks,
      int warmupIterations,
      TimeValue warmupTime,
      int iterations,
      TimeValue time,
      TimeValue timeout,
      List<String> jvmArgs,
      VerboseMode verbosity,
      boolean footprint,
      long footprintWarmupMs,
      long footprintMs,
      long footprintTimeoutS,
      Path out) {

    /** {@link #from} the system properties. */
    public static Settings fromSystemProperties() {
      return from(System.getProperties());
    }

    /**
     * From properties, each with a default:
     * <ul>
     *   <li>{@code jrace.agent}: race.jar (default: {@code ../agent/target/race.jar} from this
     *       module's directory, found from where this class was loaded);
     *   <li>{@code jrace.agentArgs}: the agent's options, as after {@code -javaagent:race.jar=}
     *       (default: {@link #DEFAULT_AGENT_ARGS}; empty for none); the naive mode adds
     *       {@code mode=naive} to them;
     *   <li>{@code jrace.modes}: comma-separated, from {@code off}, {@code race}, {@code naive}
     *       (default: all three);
     *   <li>{@code jrace.bench}: comma-separated regular expressions over the benchmark names
     *       (default: every benchmark in {@code dev.jrace.benchmarks});
     *   <li>{@code jrace.forks} (1), {@code jrace.warmupIterations} (4), {@code jrace.warmupTime}
     *       (2s), {@code jrace.iterations} (5), {@code jrace.time} (1s), {@code jrace.timeout}
     *       (60s, per iteration): JMH's settings, times as JMH writes them (500ms, 2s, ...);
     *   <li>{@code jrace.jvmArgs}: space-separated JVM options for every fork of every mode
     *       (default: none);
     *   <li>{@code jrace.verbosity}: JMH's output, SILENT, NORMAL or EXTRA (default: NORMAL);
     *   <li>{@code jrace.footprint} (true): also measure memory; {@code jrace.footprintWarmup}
     *       (2s), {@code jrace.footprintTime} (3s): how long {@link Footprint} warms up and
     *       measures; {@code jrace.footprintTimeout} (60s): its JVM is killed after this;
     *   <li>{@code jrace.out}: a directory for results-jdkN.md, results-jdkN.csv and
     *       slowdown-jdkN.svg (default: none, the tables are only printed).
     * </ul>
     */
    public static Settings from(Properties p) {
      String jvmArgs = p.getProperty("jrace.jvmArgs", "").trim();
      String out = p.getProperty("jrace.out", "").trim();
      List<String> modes = split(p.getProperty("jrace.modes", String.join(",", DEFAULT_MODES)));
      return new Settings(
          agentPath(p.getProperty("jrace.agent")),
          p.getProperty("jrace.agentArgs", DEFAULT_AGENT_ARGS),
          modes,
          split(p.getProperty("jrace.bench", "")),
          Integer.parseInt(p.getProperty("jrace.forks", "1")),
          Integer.parseInt(p.getProperty("jrace.warmupIterations", "4")),
          TimeValue.fromString(p.getProperty("jrace.warmupTime", "2s")),
          Integer.parseInt(p.getProperty("jrace.iterations", "5")),
          TimeValue.fromString(p.getProperty("jrace.time", "1s")),
          TimeValue.fromString(p.getProperty("jrace.timeout", "60s")),
          jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+")),
          VerboseMode.valueOf(p.getProperty("jrace.verbosity", "NORMAL").toUpperCase(Locale.ROOT)),
          Boolean.parseBoolean(p.getProperty("jrace.footprint", "true")),
          TimeValue.fromString(p.getProperty("jrace.footprintWarmup", "2s")).convertTo(TimeUnit.MILLISECONDS),
          TimeValue.fromString(p.getProperty("jrace.footprintTime", "3s")).convertTo(TimeUnit.MILLISECONDS),
          TimeValue.fromString(p.getProperty("jrace.footprintTimeout", "60s")).convertTo(TimeUnit.SECONDS),
          out.isEmpty() ? null : Paths.get(out).toAbsolutePath().normalize());
    }

    /** The JVM options that select a mode: none for off, the agent with its options otherwise. */
    public List<String> modeArgs(String mode) {
      if (mode.equals("off")) {
        return List.of();
      }
      String args = agentArgs;
      if (!mode.equals("race")) {
        args = args.isEmpty() ? "mode=" + mode : args + ",mode=" + mode;
      }
      return List.of("-javaagent:" + agent + (args.isEmpty() ? "" : "=" + args));
    }
  }

  /** What {@link Footprint} printed for one benchmark in one mode. */
  public record Memory(long ops, double msPerOp, long peakHeapBytes, long peakLiveBytes, long peakRssKb) {}

  /**
   * One benchmark (with its parameters, if any) in every mode. A mode whose run failed (a fork
   * that crashed or exited non-zero, say because the agent reported a race or does not know the
   * mode) has no entry in {@code time} (resp. {@code memory}); a benchmark this JDK cannot run has
   * a reason in {@code notApplicable} and no entries at all. {@code failures} says briefly why
   * a run failed, by "time MODE" or "memory MODE".
   */
  public record Row(String benchmark, Map<String, Result<?>> time, Map<String, Memory> memory,
      String notApplicable, Map<String, String> failures) {
    /** The score of a mode, or NaN. */
    public double score(String mode) {
      Result<?> r = time.get(mode);
      return r == null ? Double.NaN : r.getScore();
    }

    /** Score of {@code mode} over score of {@code base}; NaN if either is missing. */
    public double ratio(String mode, String base) {
      return score(mode) / score(base);
    }

    /** The old two-mode ratio race/off. */
    public double ratio() {
      return ratio("race", "off");
    }

    public boolean failed(List<String> modes) {
      return notApplicable == null && modes.stream().anyMatch(m -> !time.containsKey(m));
    }
  }

  public static void main(String[] args) throws IOException {
    Settings settings = Settings.fromSystemProperties();
    PrintStream out = System.out;
    long start = System.nanoTime();
    List<Row> rows = run(settings, out);
    long minutes = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    String report = Report.markdown(settings, rows, String.format(Locale.ROOT, "%d min %02d s",
        minutes / 60, minutes % 60));
    out.println();
    out.print(report);
    if (settings.out() != null) {
      Files.createDirectories(settings.out());
      String suffix = "-jdk" + Runtime.version().feature();
      Files.writeString(settings.out().resolve("results" + suffix + ".md"), report);
      Files.writeString(settings.out().resolve("results" + suffix + ".csv"), Report.csv(settings, rows));
      Files.writeString(settings.out().resolve("slowdown" + suffix + ".svg"), Chart.svg(settings, rows));
      out.println("written to " + settings.out() + ": results" + suffix + ".md, results" + suffix
          + ".csv, slowdown" + suffix + ".svg");
    }
    if (rows.stream().anyMatch(r -> r.failed(settings.modes()))) {
      out.println("some runs failed: see their errors above");
      System.exit(1);
    }
  }

  /** The agent at {@code jrace.agent}, else {@code ../agent/target/race.jar} from this module. */
  public static Path agentPath() {
    return agentPath(System.getProperty("jrace.agent"));
  }

  private static Path agentPath(String property) {
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
  static Path moduleDirectory() {
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
    // The workloads that mirror Go's seed benchmarks first, in Go's order; the rest by name.
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(java.util.Comparator.comparingInt((String n) -> Report.seedOrder(shortName(n)))
        .thenComparing(n -> n));
    return sorted;
  }

  /** Why this JVM cannot run the benchmark ({@link MinJdk}), or null if it can. */
  static String notApplicable(String benchmark) {
    int dot = benchmark.lastIndexOf('.');
    try {
      for (Method m : Class.forName(benchmark.substring(0, dot)).getMethods()) {
        MinJdk min = m.getAnnotation(MinJdk.class);
        if (m.getName().equals(benchmark.substring(dot + 1)) && min != null
            && Runtime.version().feature() < min.value()) {
          return "n/a (JDK " + min.value() + "+)";
        }
      }
    } catch (ClassNotFoundException e) {
      // JMH will say
    }
    return null;
  }

  /** Runs every selected benchmark in every mode, then its footprint in every mode. */
  public static List<Row> run(Settings settings, PrintStream log) {
    List<String> names = benchmarks(settings);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no benchmark matches " + settings.include());
    }
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      String na = notApplicable(name);
      if (na != null) {
        log.println("# jrace: " + name + " " + na + ": this is JDK " + Runtime.version());
        rows.add(new Row(shortName(name), Map.of(), Map.of(), na, Map.of()));
        continue;
      }
      Map<String, Map<String, Result<?>>> byMode = new LinkedHashMap<>();
      Map<String, String> failures = new LinkedHashMap<>();
      for (String mode : settings.modes()) {
        log.println("# jrace: " + name + " [" + mode + "] " + String.join(" ", settings.modeArgs(mode)));
        byMode.put(mode, scoresOrNone(settings, name, mode, log, failures));
      }
      Map<String, Memory> memory = new LinkedHashMap<>();
      if (settings.footprint()) {
        for (String mode : settings.modes()) {
          Memory m = footprint(settings, name, mode, log, failures);
          if (m != null) {
            memory.put(mode, m);
          }
        }
      }
      Set<String> labels = new LinkedHashSet<>();
      byMode.values().forEach(m -> labels.addAll(m.keySet()));
      if (labels.isEmpty()) {
        labels.add(shortName(name));
      }
      for (String label : labels) {
        Map<String, Result<?>> time = new LinkedHashMap<>();
        for (String mode : settings.modes()) {
          Result<?> r = byMode.get(mode).get(label);
          if (r != null) {
            time.put(mode, r);
          }
        }
        rows.add(new Row(label, time, memory, null, failures));
      }
    }
    return rows;
  }

  /** {@link #scores}, or no score when the run failed: the failure is logged, the rest go on. */
  private static Map<String, Result<?>> scoresOrNone(Settings settings, String benchmark,
      String mode, PrintStream log, Map<String, String> failures) {
    try {
      return scores(settings, benchmark, mode);
    } catch (RunnerException | RuntimeException e) {
      log.println("# jrace: " + benchmark + " [" + mode + "] FAILED: " + e);
      String reason = String.valueOf(e);
      for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
        log.println("#   caused by " + c);
        reason = String.valueOf(c);
        for (Throwable s : c.getSuppressed()) {
          log.println("#   " + s);
          reason = String.valueOf(s);
        }
      }
      failures.put("time " + mode, reason);
      return Map.of();
    }
  }

  /** One benchmark in one mode: its primary result for each parameter combination. */
  private static Map<String, Result<?>> scores(Settings settings, String benchmark, String mode)
      throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include("^" + Pattern.quote(benchmark) + "$")
        .forks(settings.forks())
        .warmupIterations(settings.warmupIterations())
        .warmupTime(settings.warmupTime())
        .measurementIterations(settings.iterations())
        .measurementTime(settings.time())
        .timeout(settings.timeout())
        // Explicit, so that the forks do not inherit this JVM's own options (say, an agent).
        .jvmArgs(settings.jvmArgs().toArray(new String[0]))
        .shouldFailOnError(true)
        .verbosity(settings.verbosity());
    List<String> modeArgs = settings.modeArgs(mode);
    if (!modeArgs.isEmpty()) {
      options.jvmArgsAppend(modeArgs.toArray(new String[0]));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    Map<String, Result<?>> byName = new LinkedHashMap<>();
    for (RunResult r : results) {
      byName.put(label(r), r.getPrimaryResult());
    }
    if (byName.isEmpty()) {
      throw new RunnerException("no result for " + benchmark + " [" + mode + "]");
    }
    return byName;
  }

  private static final Pattern FOOTPRINT = Pattern.compile(
      "jrace-footprint ops=(\\d+) msPerOp=([0-9.]+) peakHeapBytes=(\\d+) peakLiveBytes=(\\d+) peakRssKb=(-?\\d+)");

  /**
   * {@link Footprint} of one benchmark in one mode, in a JVM of its own with the same options as
   * the benchmark's forks; null if it failed (logged with the end of its output).
   */
  static Memory footprint(Settings settings, String benchmark, String mode, PrintStream log,
      Map<String, String> failures) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(settings.jvmArgs());
    command.addAll(settings.modeArgs(mode));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Footprint.class.getName());
    command.add(benchmark);
    command.add(Long.toString(settings.footprintWarmupMs()));
    command.add(Long.toString(settings.footprintMs()));
    log.println("# jrace: footprint " + benchmark + " [" + mode + "]");
    List<String> output = new ArrayList<>();
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line; (line = in.readLine()) != null; ) {
            synchronized (output) {
              output.add(line);
            }
          }
        } catch (IOException e) {
          // the process is gone
        }
      }, "footprint-output");
      reader.setDaemon(true);
      reader.start();
      boolean done = process.waitFor(settings.footprintTimeoutS(), TimeUnit.SECONDS);
      if (!done) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
      }
      reader.join(5_000);
      List<String> lines;
      synchronized (output) {
        lines = new ArrayList<>(output);
      }
      for (String line : lines) {
        Matcher m = FOOTPRINT.matcher(line);
        if (done && process.exitValue() == 0 && m.find()) {
          Memory memory = new Memory(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)),
              Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5)));
          log.println("# jrace: footprint " + benchmark + " [" + mode + "]: " + line);
          return memory;
        }
      }
      String reason = done ? "exit status " + process.exitValue()
          : "killed after " + settings.footprintTimeoutS() + " s";
      for (String line : lines) {
        if (line.startsWith("jrace:") || line.contains("Error") || line.contains("Exception in")) {
          reason += ": " + line.trim();
          break;
        }
      }
      failures.put("memory " + mode, reason);
      log.println("# jrace: footprint " + benchmark + " [" + mode + "] FAILED: " + reason
          + "; its last lines:");
      for (String line : lines.subList(Math.max(0, lines.size() - 30), lines.size())) {
        log.println("#   " + line);
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
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
  static String shortName(String full) {
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    return full.substring(type + 1);
  }

  static String describe(Settings s) {
    return "JDK " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
        + " " + System.getProperty("java.vm.version") + "), " + Runtime.getRuntime().availableProcessors()
        + " cores, " + DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atZone(ZoneOffset.UTC))
        + "; JMH forks " + s.forks() + ", warmup " + s.warmupIterations() + " x " + s.warmupTime()
        + ", measurement " + s.iterations() + " x " + s.time()
        + (s.jvmArgs().isEmpty() ? "" : ", jvmArgs " + s.jvmArgs())
        + (s.footprint() ? "; footprint warmup " + s.footprintWarmupMs() + " ms, measured "
            + s.footprintMs() + " ms" : "")
        + "; modes: " + String.join(", ", s.modes().stream()
            .map(m -> m + (m.equals("off") ? " (no agent)" : " = " + String.join(" ", s.modeArgs(m))))
            .toList());
  }

  /** The time table alone (Markdown), over the default modes that have a score in some row. */
  public static String table(List<Row> rows) {
    return Report.timeTable(rows, DEFAULT_MODES.stream()
        .filter(m -> rows.stream().anyMatch(r -> r.time().containsKey(m))).toList());
  }

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        out.add(part.trim());
      }
    }
    return out;
  }
}
