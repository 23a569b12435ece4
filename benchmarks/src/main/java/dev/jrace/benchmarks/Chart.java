package dev.jrace.benchmarks;

import dev.jrace.benchmarks.Compare.Row;
import dev.jrace.benchmarks.Compare.Settings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An SVG bar chart, written by hand: for each benchmark, its slowdown (mode / off) in each agent
 * mode on a log scale, and beside the three workloads that mirror the Go race detector's seed
 * benchmarks, Go's own race-build / normal-build figure.
 */
final class Chart {
  private static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd"};
  private static final String GO_COLOR = "#8c8c8c";
  private static final int LEFT = 290;
  private static final int RIGHT = 70;
  private static final int WIDTH = 1000;
  private static final int BAR = 13;

  private Chart() {}

  static String svg(Settings settings, List<Row> rows) {
    List<String> modes = settings.modes().stream().filter(m -> !m.equals("off")).toList();
    double max = 10;
    for (Row r : rows) {
      for (String m : modes) {
        double v = r.ratio(m, "off");
        if (Double.isFinite(v)) {
          max = Math.max(max, v);
        }
      }
    }
    int decades = (int) Math.ceil(Math.log10(max) + 1e-9);
    double plot = WIDTH - LEFT - RIGHT;
    int top = 92;
    int height = top;
    List<Integer> groupTops = new ArrayList<>();
    for (Row r : rows) {
      groupTops.add(height);
      height += bars(r, modes) * (BAR + 2) + 12;
    }
    int axisBottom = height;
    height += 95;

    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">%n",
        WIDTH, height, WIDTH, height));
    s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, height));
    s.append(String.format(Locale.ROOT,
        "<text x=\"%d\" y=\"22\" font-size=\"16\" font-weight=\"bold\">jrace slowdown per workload"
            + " (time with the agent / time without), log scale</text>%n", 10));
    s.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"40\" fill=\"#444\">%s</text>%n",
        escape("JDK " + System.getProperty("java.version") + ", "
            + Runtime.getRuntime().availableProcessors() + " cores, "
            + DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.now().atZone(ZoneOffset.UTC))
            + "; JMH " + settings.warmupIterations() + " x " + settings.warmupTime() + " warmup, "
            + settings.iterations() + " x " + settings.time() + " measured, " + settings.forks()
            + " fork(s) per mode")));
    // legend
    int lx = 10;
    for (int i = 0; i < modes.size(); i++) {
      lx = legend(s, lx, 62, COLORS[i % COLORS.length], "jrace " + modes.get(i) + " / off");
    }
    legend(s, lx, 62, GO_COLOR, "Go race build / normal build (seed commit, 2014)");

    // grid
    for (int d = 0; d <= decades; d++) {
      for (int k : new int[] {1, 2, 5}) {
        double v = k * Math.pow(10, d);
        if (v > Math.pow(10, decades) + 1e-9) {
          break;
        }
        double x = LEFT + plot * Math.log10(v) / decades;
        s.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1\"/>%n",
            x, top - 6, x, axisBottom, k == 1 ? "#bbb" : "#e4e4e4"));
        s.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#444\">%s</text>%n",
            x, axisBottom + 16, (v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : "") + "x"));
      }
    }
    // the issue-6 targets for the seed workloads
    for (double target : new double[] {3, 5}) {
      double x = LEFT + plot * Math.log10(target) / decades;
      s.append(String.format(Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d62728\" stroke-dasharray=\"4,3\"/>%n",
          x, top - 6, x, axisBottom));
    }
    s.append(String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%d\" fill=\"#d62728\" font-size=\"10\">targets 3x (geomean) / 5x (max), seed workloads</text>%n",
        LEFT + plot * Math.log10(3) / decades + 3, top - 9));

    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int y = groupTops.get(i);
      int n = bars(r, modes);
      s.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
          LEFT - 8, y + n * (BAR + 2) / 2.0 + 4, escape(r.benchmark())));
      if (r.notApplicable() != null) {
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#666\">%s</text>%n",
            LEFT + 4, y + BAR - 2, escape(r.notApplicable() + " on this JDK")));
        continue;
      }
      int b = 0;
      for (int m = 0; m < modes.size(); m++, b++) {
        bar(s, y + b * (BAR + 2), r.ratio(modes.get(m), "off"), COLORS[m % COLORS.length], plot, decades,
            !r.time().containsKey(modes.get(m)) ? "FAILED" : "off FAILED");
      }
      Report.GoSeed go = Report.goSeed(r.benchmark());
      if (go != null) {
        bar(s, y + b * (BAR + 2), go.ratio(), GO_COLOR, plot, decades, "");
        s.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" fill=\"#666\" font-size=\"10\">Go %s</text>%n",
            LEFT + plot * Math.log10(go.ratio()) / decades + 44, y + b * (BAR + 2) + BAR - 3,
            escape(go.name())));
      }
    }
    String[] notes = {
      "Go: `go test` of the package, race build / normal build, from the commit that gave Go's race"
          + " detector its assembly thunks (CL 55100044, 2014):",
      "regexp 2.229 s / 0.348 s = " + Report.times(Report.GO_REGEXP.ratio()) + " (+540%), compress/bzip2"
          + " 4.703 s / 0.304 s = " + Report.times(Report.GO_BZIP2.ratio()) + " (+1447%), encoding/json"
          + " 3.629 s / 0.661 s = " + Report.times(Report.GO_JSON.ratio()) + " (+449%).",
      "Go's compress/bzip2 only decompresses; its bar stands beside both bzip2 rows, encoding/json's"
          + " beside decode and encode. jrace: JMH average time per op, mode / off.",
    };
    for (int i = 0; i < notes.length; i++) {
      s.append(String.format(Locale.ROOT,
          "<text x=\"10\" y=\"%d\" fill=\"#444\" font-size=\"11\">%s</text>%n", axisBottom + 40 + 15 * i,
          escape(notes[i])));
    }
    s.append("</svg>\n");
    return s.toString();
  }

  private static int bars(Row r, List<String> modes) {
    if (r.notApplicable() != null) {
      return 1;
    }
    return modes.size() + (Report.goSeed(r.benchmark()) != null ? 1 : 0);
  }

  private static void bar(StringBuilder s, int y, double ratio, String color, double plot, int decades,
      String missing) {
    if (!Double.isFinite(ratio)) {
      s.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%d\" width=\"3\" height=\"%d\" fill=\"%s\"/>"
              + "<text x=\"%d\" y=\"%d\" fill=\"%s\" font-size=\"10\">%s</text>%n",
          LEFT, y, BAR, color, LEFT + 6, y + BAR - 3, color, missing));
      return;
    }
    double w = Math.max(1, plot * Math.log10(Math.max(1, ratio)) / decades);
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>"
            + "<text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>%n",
        LEFT, y, w, BAR, color, LEFT + w + 4, y + BAR - 3, Report.times(ratio)));
  }

  private static int legend(StringBuilder s, int x, int y, String color, String text) {
    s.append(String.format(Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
            + "<text x=\"%d\" y=\"%d\">%s</text>%n", x, y - 10, color, x + 16, y, escape(text)));
    return x + 16 + 7 * text.length() + 18;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
