package dev.jrace.benchmarks;

import dev.jrace.benchmarks.Compare.Memory;
import dev.jrace.benchmarks.Compare.Row;
import dev.jrace.benchmarks.Compare.Settings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.openjdk.jmh.results.Result;

/** The Markdown and CSV forms of {@link Compare}'s results, and the issue-6 targets. */
final class Report {
  private Report() {}

  /**
   * The Go race detector's seed figures: race build over normal build for `go test` of three
   * packages, from the commit that introduced its assembly thunks (Go CL 55100044, 2014): regexp
   * 2.229 s / 0.348 s, compress/bzip2 4.703 s / 0.304 s, encoding/json 3.629 s / 0.661 s.
   */
  record GoSeed(String name, double race, double normal) {
    double ratio() {
      return race / normal;
    }
  }

  static final GoSeed GO_REGEXP = new GoSeed("regexp", 2.229, 0.348);
  static final GoSeed GO_BZIP2 = new GoSeed("compress/bzip2", 4.703, 0.304);
  static final GoSeed GO_JSON = new GoSeed("encoding/json", 3.629, 0.661);

  /** The Go seed workload a benchmark mirrors, or null. */
  static GoSeed goSeed(String benchmark) {
    if (benchmark.startsWith("RegexBenchmark.")) {
      return GO_REGEXP;
    }
    if (benchmark.startsWith("Bzip2Benchmark.")) {
      return GO_BZIP2;
    }
    if (benchmark.startsWith("JsonBenchmark.")) {
      return GO_JSON;
    }
    return null;
  }

  /** 0, 1, 2 for the regexp, bzip2 and json workloads, 3 for the others. */
  static int seedOrder(String benchmark) {
    GoSeed seed = goSeed(benchmark);
    return seed == GO_REGEXP ? 0 : seed == GO_BZIP2 ? 1 : seed == GO_JSON ? 2 : 3;
  }

  static String markdown(Settings settings, List<Row> rows, String runtime) {
    StringBuilder out = new StringBuilder();
    out.append("jrace cost: ").append(Compare.describe(settings)).append("; total run time ")
        .append(runtime).append("\n\n");
    String unit = rows.stream().flatMap(r -> r.time().values().stream()).findFirst()
        .map(Result::getScoreUnit).orElse("us/op");
    out.append("Time (").append(unit).append(", JMH average time, ± 99.9% confidence half-width):\n\n");
    out.append(timeTable(rows, settings.modes()));
    if (settings.footprint()) {
      out.append("\nMemory, peak heap used (MiB; sum of the heap pools' peaks while the workload runs"
          + " after warmup) and peak RSS (MiB; VmHWM over the same stretch):\n\n");
      out.append(memoryTable(rows, settings.modes()));
      out.append("\nMemory, peak live heap (MiB; the most heap in use right after a garbage"
          + " collection, same stretch):\n\n");
      out.append(liveTable(rows, settings.modes()));
    }
    // Failures, grouped by what failed and why (say, every naive run for the same reason).
    Map<String, List<String>> failures = new java.util.LinkedHashMap<>();
    for (Row r : rows) {
      r.failures().forEach((what, why) -> failures.computeIfAbsent(
          what + ": " + (why.length() > 300 ? why.substring(0, 300) + "..." : why),
          k -> new ArrayList<>()).add(r.benchmark()));
    }
    if (!failures.isEmpty()) {
      out.append("\nFailed runs (FAILED above; details in the log):\n\n");
      failures.forEach((why, benchmarks) -> out.append("- ").append(why).append(" (")
          .append(benchmarks.size() == rows.size() - rows.stream().filter(r -> r.notApplicable() != null).count()
              ? "every benchmark" : String.join(", ", benchmarks))
          .append(")\n"));
    }
    out.append("\nIssue 6 targets:\n\n").append(targets(rows, settings));
    return out.toString();
  }

  static String timeTable(List<Row> rows, List<String> modes) {
    List<String> header = new ArrayList<>(List.of("benchmark"));
    header.addAll(modes);
    List<String[]> ratios = ratioColumns(modes);
    ratios.forEach(r -> header.add(r[0] + "/" + r[1]));
    List<String[]> cells = new ArrayList<>();
    cells.add(header.toArray(new String[0]));
    for (Row r : rows) {
      List<String> c = new ArrayList<>(List.of(r.benchmark()));
      for (String m : modes) {
        c.add(r.notApplicable() != null ? r.notApplicable() : score(r.time().get(m)));
      }
      for (String[] ratio : ratios) {
        c.add(times(r.ratio(ratio[0], ratio[1])));
      }
      cells.add(c.toArray(new String[0]));
    }
    return format(cells);
  }

  /** race/off and naive/race where those modes are present. */
  private static List<String[]> ratioColumns(List<String> modes) {
    List<String[]> out = new ArrayList<>();
    if (modes.contains("off") && modes.contains("race")) {
      out.add(new String[] {"race", "off"});
    }
    if (modes.contains("race") && modes.contains("naive")) {
      out.add(new String[] {"naive", "race"});
    }
    return out;
  }

  private static String memoryTable(List<Row> rows, List<String> modes) {
    List<String[]> ratios = ratioColumns(modes);
    List<String> header = new ArrayList<>(List.of("benchmark"));
    modes.forEach(m -> header.add("heap " + m));
    ratios.forEach(r -> header.add("heap " + r[0] + "/" + r[1]));
    modes.forEach(m -> header.add("RSS " + m));
    ratios.forEach(r -> header.add("RSS " + r[0] + "/" + r[1]));
    List<String[]> cells = new ArrayList<>();
    cells.add(header.toArray(new String[0]));
    for (Row r : rows) {
      List<String> c = new ArrayList<>(List.of(r.benchmark()));
      addMemory(c, r, modes, ratios, Memory::peakHeapBytes, 1 << 20);
      addMemory(c, r, modes, ratios, Memory::peakRssKb, 1 << 10);
      cells.add(c.toArray(new String[0]));
    }
    return format(cells);
  }

  private static String liveTable(List<Row> rows, List<String> modes) {
    List<String[]> ratios = ratioColumns(modes);
    List<String> header = new ArrayList<>(List.of("benchmark"));
    modes.forEach(m -> header.add("live " + m));
    ratios.forEach(r -> header.add("live " + r[0] + "/" + r[1]));
    List<String[]> cells = new ArrayList<>();
    cells.add(header.toArray(new String[0]));
    for (Row r : rows) {
      List<String> c = new ArrayList<>(List.of(r.benchmark()));
      addMemory(c, r, modes, ratios, Memory::peakLiveBytes, 1 << 20);
      cells.add(c.toArray(new String[0]));
    }
    return format(cells);
  }

  private static void addMemory(List<String> c, Row r, List<String> modes, List<String[]> ratios,
      Function<Memory, Long> value, double perMiB) {
    for (String m : modes) {
      Memory mem = r.memory().get(m);
      c.add(r.notApplicable() != null ? r.notApplicable()
          : mem == null ? "FAILED" : String.format(Locale.ROOT, "%.1f", value.apply(mem) / perMiB));
    }
    for (String[] ratio : ratios) {
      c.add(times(memoryRatio(r, ratio[0], ratio[1], value)));
    }
  }

  static double memoryRatio(Row r, String mode, String base, Function<Memory, Long> value) {
    Memory a = r.memory().get(mode);
    Memory b = r.memory().get(base);
    return a == null || b == null ? Double.NaN : (double) value.apply(a) / value.apply(b);
  }

  /** The issue-6 targets, each with the measured figure and whether it holds. */
  static String targets(List<Row> rows, Settings settings) {
    StringBuilder out = new StringBuilder();
    // The seed workloads: regexp; bzip2 = compress and decompress; json = decode and encode.
    double[] seed = {
      geomean(rows, r -> r.benchmark().startsWith("RegexBenchmark.") ? r.ratio("race", "off") : Double.NaN),
      geomean(rows, r -> r.benchmark().startsWith("Bzip2Benchmark.") ? r.ratio("race", "off") : Double.NaN),
      geomean(rows, r -> r.benchmark().startsWith("JsonBenchmark.") ? r.ratio("race", "off") : Double.NaN),
    };
    double seedMean = Arrays.stream(seed).allMatch(Double::isFinite)
        ? Math.exp(Arrays.stream(seed).map(Math::log).average().orElse(Double.NaN)) : Double.NaN;
    double seedMax = rows.stream().filter(r -> goSeed(r.benchmark()) != null)
        .mapToDouble(r -> r.ratio("race", "off")).filter(Double::isFinite).max().orElse(Double.NaN);
    out.append(String.format(Locale.ROOT,
        "- race/off, geometric mean over the three seed workloads (regexp %s, bzip2 %s = geomean of"
            + " compress and decompress, json %s = geomean of decode and encode): **%s** (target <= 3x): %s%n",
        times(seed[0]), times(seed[1]), times(seed[2]), times(seedMean), verdict(seedMean <= 3, seedMean)));
    out.append(String.format(Locale.ROOT,
        "- race/off, largest seed benchmark: **%s** (target: none above 5x): %s%n",
        times(seedMax), verdict(seedMax <= 5, seedMax)));
    double naive = geomean(rows, r -> r.ratio("naive", "race"));
    double naiveMin = rows.stream().mapToDouble(r -> r.ratio("naive", "race"))
        .filter(Double::isFinite).min().orElse(Double.NaN);
    out.append(String.format(Locale.ROOT,
        "- naive/race, geometric mean over every benchmark with both: **%s** (smallest %s; target >= 1.7x): %s%n",
        times(naive), times(naiveMin), verdict(naive >= 1.7, naive)));
    if (settings.footprint()) {
      ToDoubleFunction<Row> heap = r -> memoryRatio(r, "race", "off", Memory::peakHeapBytes);
      double heapMean = geomean(rows, heap);
      double heapMax = rows.stream().mapToDouble(heap).filter(Double::isFinite).max().orElse(Double.NaN);
      String worst = rows.stream().filter(r -> heap.applyAsDouble(r) == heapMax).map(Row::benchmark)
          .findFirst().orElse("-");
      out.append(String.format(Locale.ROOT,
          "- peak heap race/off: geometric mean **%s**, largest **%s** (%s) (target <= 2x): %s%n",
          times(heapMean), times(heapMax), worst, verdict(heapMax <= 2, heapMax)));
    }
    return out.toString();
  }

  private static String verdict(boolean holds, double value) {
    return !Double.isFinite(value) ? "not measured" : holds ? "holds" : "does not hold";
  }

  static double geomean(List<Row> rows, ToDoubleFunction<Row> value) {
    double sum = 0;
    int n = 0;
    for (Row r : rows) {
      double v = value.applyAsDouble(r);
      if (Double.isFinite(v) && v > 0) {
        sum += Math.log(v);
        n++;
      }
    }
    return n == 0 ? Double.NaN : Math.exp(sum / n);
  }

  static String csv(Settings settings, List<Row> rows) {
    StringBuilder out = new StringBuilder(
        "benchmark,mode,score,error,unit,footprint_ops,footprint_ms_per_op,peak_heap_bytes,peak_live_bytes,peak_rss_kb\n");
    for (Row r : rows) {
      for (String m : settings.modes()) {
        Result<?> t = r.time().get(m);
        Memory mem = r.memory().get(m);
        out.append(r.benchmark()).append(',').append(m).append(',')
            .append(t == null ? "" : t.getScore()).append(',')
            .append(t == null ? "" : t.getScoreError()).append(',')
            .append(t == null ? "" : t.getScoreUnit()).append(',')
            .append(mem == null ? "" : mem.ops()).append(',')
            .append(mem == null ? "" : mem.msPerOp()).append(',')
            .append(mem == null ? "" : mem.peakHeapBytes()).append(',')
            .append(mem == null ? "" : mem.peakLiveBytes()).append(',')
            .append(mem == null ? "" : mem.peakRssKb()).append('\n');
      }
    }
    return out.toString();
  }

  static String times(double ratio) {
    return Double.isFinite(ratio) ? String.format(Locale.ROOT, ratio >= 100 ? "%.0fx" : "%.1fx", ratio) : "-";
  }

  private static String score(Result<?> r) {
    if (r == null) {
      return "FAILED";
    }
    double error = r.getScoreError();
    String score = String.format(Locale.ROOT, "%.1f", r.getScore());
    return Double.isFinite(error) ? score + String.format(Locale.ROOT, " ± %.1f", error) : score;
  }

  /** Markdown: the first column left-aligned, the others right-aligned. */
  static String format(List<String[]> cells) {
    int columns = cells.get(0).length;
    int[] width = new int[columns];
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
        String spaces = " ".repeat(width[i] - row[i].length());
        out.append(' ').append(i == 0 ? row[i] + spaces : spaces + row[i]).append(" |");
      }
      out.append('\n');
      if (n == 0) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
          char[] dashes = new char[Math.max(3, width[i])];
          Arrays.fill(dashes, '-');
          if (i > 0) {
            dashes[dashes.length - 1] = ':';
          }
          out.append(' ').append(dashes).append(" |");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Unused modes are fine: a map view for the chart. */
  static Map<String, Double> slowdowns(Row r, List<String> modes) {
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String m : modes) {
      if (!m.equals("off")) {
        out.put(m, r.ratio(m, "off"));
      }
    }
    return out;
  }
}
