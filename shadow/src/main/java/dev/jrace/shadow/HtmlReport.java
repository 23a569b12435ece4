package dev.jrace.shadow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One HTML page summing up a run's races ({@code html=DIR}): grouped by variable, each with
 * both stacks, and the source lines around each access when its source file is found under one
 * of the source roots. Self-contained (inline style, no script), so it opens offline.
 */
public final class HtmlReport {
  private static final int CONTEXT = 3;

  private HtmlReport() {}

  /** The page for {@code races}; sources are looked up under {@code sourceRoots}. */
  public static String page(List<Race> races, List<Path> sourceRoots) {
    Map<String, List<Race>> byVariable = new LinkedHashMap<>();
    for (Race r : races) {
      byVariable.computeIfAbsent(variable(r), k -> new ArrayList<>()).add(r);
    }
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>jrace: ").append(races.size()).append(" data race(s)</title><style>")
        .append("body{font-family:sans-serif;margin:2em;max-width:70em}")
        .append("h2{border-bottom:1px solid #ccc;font-family:monospace}")
        .append(".race{margin:1em 0 2em 1em}.access{margin:.5em 0}")
        .append("pre{background:#f6f6f6;padding:.5em;overflow-x:auto}.hit{background:#ffd6d6;font-weight:bold}")
        .append("</style></head><body>\n<h1>jrace: ").append(races.size()).append(" data race(s)</h1>\n");
    if (races.isEmpty()) {
      b.append("<p>No data race was found.</p>\n");
    }
    for (Map.Entry<String, List<Race>> group : byVariable.entrySet()) {
      b.append("<section><h2>").append(escape(group.getKey())).append("</h2>\n");
      for (Race race : group.getValue()) {
        b.append("<div class=\"race\">\n");
        access(b, race.current(), race, "", sourceRoots);
        access(b, race.previous(), race, "Previous ", sourceRoots);
        b.append("</div>\n");
      }
      b.append("</section>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  /** Writes the page as {@code dir/index.html}. */
  public static void write(Path dir, List<Race> races, List<Path> sourceRoots) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("index.html"), page(races, sourceRoots));
  }

  private static String variable(Race r) {
    return r.jdkClass() != null && r.holder() != null ? r.jdkClass() + " in " + r.holder()
        : r.holder() != null ? r.variable().replaceAll(" element \\d+$", "[]") + " in " + r.holder()
        : r.variable();
  }

  private static void access(StringBuilder b, Access a, Race race, String prefix, List<Path> roots) {
    String kind = prefix.isEmpty() ? TextReport.capitalize(a.kind()) : a.kind();
    b.append("<div class=\"access\"><p><b>").append(prefix).append(kind).append("</b> of <code>")
        .append(escape(race.variable())).append("</code> by ")
        .append(escape(TextReport.threadName(a.thread())))
        .append(":</p>\n<pre>");
    for (StackTraceElement e : ReportFrames.of(a, race.jdkClass())) {
      b.append("at ").append(escape(e.toString())).append('\n');
    }
    if (a.stack() == null && a.stackLost()) {
      b.append("[failed to restore the stack: older than its thread's history]\n");
    }
    for (Site lock : a.locks()) {
      b.append("holding ").append(escape(TextReport.lockName(lock))).append(" (taken at ")
          .append(escape(lock.frame())).append(")\n");
    }
    if (a.task() != null) {
      b.append("in a task submitted by ").append(escape(TextReport.threadName(a.task().thread()))).append(" at:\n");
      for (StackTraceElement e : a.task().stack()) {
        b.append("  at ").append(escape(e.toString())).append('\n');
      }
    }
    b.append("</pre>\n");
    source(b, a.site(), roots);
    b.append("</div>\n");
  }

  private static void source(StringBuilder b, Site site, List<Path> roots) {
    if (site.fileName() == null || site.line() <= 0) {
      return;
    }
    int dot = site.className().lastIndexOf('.');
    String dir = dot < 0 ? "" : site.className().substring(0, dot).replace('.', '/') + "/";
    for (Path root : roots) {
      Path file = root.resolve(dir + site.fileName());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException | RuntimeException e) {
        return;
      }
      if (site.line() > lines.size()) {
        return;
      }
      b.append("<pre class=\"source\" title=\"").append(escape(file.toString())).append("\">");
      for (int n = Math.max(1, site.line() - CONTEXT); n <= Math.min(lines.size(), site.line() + CONTEXT); n++) {
        String text = String.format("%5d  %s", n, lines.get(n - 1));
        if (n == site.line()) {
          b.append("<span class=\"hit\">").append(escape(text)).append("</span>\n");
        } else {
          b.append(escape(text)).append('\n');
        }
      }
      b.append("</pre>\n");
      return;
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
