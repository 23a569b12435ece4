package soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the soak runs under a directory ({@code jdkN/plain}, {@code jdkN/agent}: samples.csv,
 * exit, seconds, stderr.txt, histo-1.txt, histo-2.txt) and writes the Markdown summary on
 * stdout. Exits 1 when a run failed: it did not exit 0, reported a race, ran out of memory,
 * stopped sampling early, or its post-GC heap grew (the mean of the last third of the samples
 * above the mean of the middle third by more than 10% and more than 8 MiB).
 *
 * <p>Usage: {@code java soak.Summary DIR DURATION HEAP JDKS...}
 */
public final class Summary {
  static final double GROWTH_FRACTION = 0.10;
  static final double GROWTH_MIB = 8;

  record Sample(double t, double heap, double firstHeap, long ops, int liveThreads, long gcMs) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    int duration = Integer.parseInt(args[1]);
    String heap = args[2];
    boolean failed = false;
    StringBuilder md = new StringBuilder();
    StringBuilder details = new StringBuilder();
    md.append("# jrace soak\n\n");
    md.append("Each run: `soak.Soak` for ").append(duration).append(" s under `-Xmx").append(heap)
        .append("`; every sample, the heap used after two full collections (`System.gc()` twice, 0.5 s apart).\n")
        .append("A run fails when it does not exit 0, reports a race, runs out of memory, stops early, or its post-GC heap grows ")
        .append("(mean of the last third of the samples > mean of the middle third by more than ")
        .append((int) (GROWTH_FRACTION * 100)).append("% and more than ").append((int) GROWTH_MIB).append(" MiB).\n\n");
    md.append("| JDK | run | exit | races | samples | post-GC heap MiB: start / middle / end | mean of thirds (first / middle / last) | growth last vs middle | slope, last 2/3 (MiB/min) | max live threads | full GCs (not System.gc) | time in GC | ops/s (whole run) | ops/s (last third) | verdict |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int a = 3; a < args.length; a++) {
      String jdk = args[a];
      Map<String, Double> rates = new HashMap<>();
      for (String run : new String[] {"plain", "agent"}) {
        Path r = dir.resolve("jdk" + jdk).resolve(run);
        if (!Files.isDirectory(r)) {
          continue;
        }
        String exit = read(r.resolve("exit"), "?");
        String stderr = read(r.resolve("stderr.txt"), "");
        String crash = crash(r);
        int races = count(stderr, "WARNING: DATA RACE");
        boolean oom = stderr.contains("OutOfMemoryError");
        List<Sample> s = samples(r.resolve("samples.csv"));
        List<String> why = new ArrayList<>();
        if (!exit.equals("0")) {
          why.add("exit " + exit + (crash.isEmpty() ? describe(exit) : " (JVM crash: " + crash + ")"));
        }
        if (races > 0) {
          why.add(races + " race(s) reported");
        }
        if (oom) {
          why.add("OutOfMemoryError");
        }
        int expected = duration / Math.max(1, sampleEvery(s));
        if (s.size() < Math.max(3, expected)) {
          why.add("only " + s.size() + " of " + expected + " samples");
        }
        String cells;
        if (s.size() >= 3) {
          int n = s.size();
          int third = n / 3;
          double first = mean(s, 0, third);
          double middle = mean(s, third, n - third);
          double last = mean(s, n - third, n);
          double growth = last - middle;
          boolean grows = growth > GROWTH_MIB && growth > GROWTH_FRACTION * middle;
          if (grows) {
            why.add(String.format(Locale.ROOT, "post-GC heap grows: last third %.1f MiB vs middle third %.1f MiB", last, middle));
          }
          double slope = slope(s, third, n) * 60;
          Sample end = s.get(n - 1);
          double rate = end.ops / end.t;
          Sample lastThirdStart = s.get(n - third - 1);
          double lastRate = (end.ops - lastThirdStart.ops) / (end.t - lastThirdStart.t);
          rates.put(run, rate);
          int maxThreads = 0;
          for (Sample x : s) {
            maxThreads = Math.max(maxThreads, x.liveThreads);
          }
          cells = String.format(Locale.ROOT,
              "%d | %.1f / %.1f / %.1f | %.1f / %.1f / %.1f | %+.1f MiB (%+.1f%%) | %+.2f | %d | %d | %.0f%% | %.0f | %.0f",
              n, s.get(0).heap, s.get(n / 2).heap, end.heap, first, middle, last, growth,
              100 * growth / middle, slope, maxThreads, fullGcs(r), end.gcMs / (10 * end.t), rate, lastRate);
        } else {
          cells = s.size() + " | | | | | | | | | ";
        }
        String verdict = why.isEmpty() ? "OK" : "**FAIL**: " + String.join("; ", why);
        failed |= !why.isEmpty();
        md.append("| ").append(jdk).append(" | ").append(run).append(" | ").append(exit).append(" | ")
            .append(races).append(" | ").append(cells).append(" | ").append(verdict).append(" |\n");
        if (run.equals("agent")) {
          details.append(histogramGrowth(r, jdk));
        }
        String done = lastLine(read(r.resolve("stdout.txt"), ""), "soak: done:");
        if (!done.isEmpty()) {
          details.append("JDK ").append(jdk).append(' ').append(run).append(": `").append(done).append("`\n\n");
        }
      }
      if (rates.containsKey("plain") && rates.containsKey("agent")) {
        details.append(String.format(Locale.ROOT, "JDK %s: throughput with the agent %.1fx lower than without (%.0f vs %.0f ops/s).%n%n",
            jdk, rates.get("plain") / rates.get("agent"), rates.get("agent"), rates.get("plain")));
      }
    }
    md.append('\n').append(details);
    md.append(failed ? "**Result: FAIL**\n" : "**Result: OK**\n");
    System.out.print(md);
    System.exit(failed ? 1 : 0);
  }

  /** The signal, time and crashing frame of the run's hs_err_pid*.log, or "". */
  static String crash(Path run) throws IOException {
    try (var files = Files.list(run)) {
      Path log = files.filter(f -> f.getFileName().toString().startsWith("hs_err_pid")).findFirst().orElse(null);
      if (log == null) {
        return "";
      }
      String signal = "";
      String frame = "";
      String elapsed = "";
      List<String> lines = Files.readAllLines(log);
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (signal.isEmpty() && l.startsWith("#  SIG")) {
          signal = l.substring(3).replaceAll(" at pc=.*", "");
        } else if (frame.isEmpty() && l.startsWith("# Problematic frame:") && i + 1 < lines.size()) {
          frame = lines.get(i + 1).replaceAll("^# V  \\[libjvm.so\\+0x[0-9a-f]+\\]  ", "").replaceAll("\\+0x[0-9a-f]+$", "");
        } else if (elapsed.isEmpty() && l.contains("elapsed time: ")) {
          elapsed = l.replaceAll(".*elapsed time: ([0-9]+)\\..*", "$1 s");
        }
      }
      return signal + " in " + frame + " after " + elapsed + ", " + log.getFileName();
    }
  }

  static String describe(String exit) {
    switch (exit) {
      case "66":
        return " (races)";
      case "134":
        return " (JVM abort)";
      case "124":
        return " (timed out)";
      case "3":
        return " (-XX:+ExitOnOutOfMemoryError)";
      default:
        return "";
    }
  }

  /** Which classes' live instances grew most between a third of the run and its end. */
  static String histogramGrowth(Path run, String jdk) throws IOException {
    Map<String, long[]> a = histogram(run.resolve("histo-1.txt"));
    Map<String, long[]> b = histogram(run.resolve("histo-2.txt"));
    if (a.isEmpty() || b.isEmpty()) {
      return "";
    }
    List<Map.Entry<String, long[]>> grown = new ArrayList<>();
    long totalA = 0;
    long totalB = 0;
    for (long[] v : a.values()) {
      totalA += v[1];
    }
    for (Map.Entry<String, long[]> e : b.entrySet()) {
      totalB += e.getValue()[1];
      long[] before = a.getOrDefault(e.getKey(), new long[2]);
      grown.add(Map.entry(e.getKey(), new long[] {e.getValue()[0] - before[0], e.getValue()[1] - before[1],
          e.getValue()[0], e.getValue()[1]}));
    }
    grown.sort((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1]));
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT,
        "JDK %s agent, live objects (class histogram): %.1f MiB at a third of the run, %.1f MiB at its end; the classes that grew most:%n%n",
        jdk, totalA / 1048576.0, totalB / 1048576.0));
    out.append("| class | instances (change) | bytes (change) |\n|---|---|---|\n");
    for (int i = 0; i < Math.min(8, grown.size()); i++) {
      long[] v = grown.get(i).getValue();
      out.append(String.format(Locale.ROOT, "| `%s` | %,d (%+,d) | %,d (%+,d) |%n", grown.get(i).getKey(), v[2], v[0], v[3], v[1]));
    }
    out.append('\n');
    return out.toString();
  }

  /** class name -> {instances, bytes}, from jcmd's GC.class_histogram text. */
  static Map<String, long[]> histogram(Path file) throws IOException {
    Map<String, long[]> m = new HashMap<>();
    if (!Files.exists(file)) {
      return m;
    }
    for (String line : Files.readAllLines(file)) {
      String[] f = line.trim().split("\\s+");
      if (f.length >= 4 && f[0].endsWith(":")) {
        m.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
      }
    }
    return m;
  }

  static List<Sample> samples(Path csv) throws IOException {
    List<Sample> s = new ArrayList<>();
    if (!Files.exists(csv)) {
      return s;
    }
    List<String> lines = Files.readAllLines(csv);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      if (f.length >= 10) {
        s.add(new Sample(Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
            Long.parseLong(f[3]), Integer.parseInt(f[5]), Long.parseLong(f[9])));
      }
    }
    return s;
  }

  static int sampleEvery(List<Sample> s) {
    return s.isEmpty() ? 10 : (int) s.get(0).t;
  }

  static double mean(List<Sample> s, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += s.get(i).heap;
    }
    return sum / (to - from);
  }

  /** Least-squares slope of the post-GC heap (MiB per second) over samples from..to. */
  static double slope(List<Sample> s, int from, int to) {
    int n = to - from;
    double mt = 0;
    double mh = 0;
    for (int i = from; i < to; i++) {
      mt += s.get(i).t;
      mh += s.get(i).heap;
    }
    mt /= n;
    mh /= n;
    double num = 0;
    double den = 0;
    for (int i = from; i < to; i++) {
      num += (s.get(i).t - mt) * (s.get(i).heap - mh);
      den += (s.get(i).t - mt) * (s.get(i).t - mt);
    }
    return den == 0 ? 0 : num / den;
  }

  /** Full collections the JVM made for want of memory (-Xlog:gc), not those the samples ask for. */
  static int fullGcs(Path run) throws IOException {
    int n = 0;
    for (String line : read(run.resolve("gc.log"), "").split("\n")) {
      if (line.contains("Pause Full") && !line.contains("System.gc()") && !line.contains("Heap Inspection")) {
        n++;
      }
    }
    return n;
  }

  static String read(Path p, String otherwise) throws IOException {
    return Files.exists(p) ? Files.readString(p).trim() : otherwise;
  }

  static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  static String lastLine(String text, String prefix) {
    String found = "";
    for (String line : text.split("\n")) {
      if (line.startsWith(prefix)) {
        found = line;
      }
    }
    return found;
  }
}
