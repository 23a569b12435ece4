package dev.jrace.agent;

import dev.jrace.shadow.Access;
import dev.jrace.shadow.JsonReport;
import dev.jrace.shadow.Race;
import dev.jrace.shadow.SarifReport;
import dev.jrace.shadow.Site;
import dev.jrace.shadow.TaskOrigin;
import dev.jrace.shadow.TextReport;
import dev.jrace.shadow.ThreadInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar race.jar report merge [--format text|json|sarif|html] FILE...}: the JSON reports
 * of many JVMs (Surefire forks, CI shards) as one report, each pair of code locations once.
 * Exit status 66 when there are races, 0 when none, 2 on bad input (one line saying what).
 */
final class ReportMerge {
  private ReportMerge() {}

  static int run(List<String> args, PrintStream out, PrintStream err) {
    String format = "text";
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--format") && i + 1 < args.size()) {
        format = args.get(++i);
      } else if (a.startsWith("-")) {
        err.println("jrace: report merge: unknown option \"" + a + "\" (usage: report merge"
            + " [--format text|json|sarif|html] FILE...)");
        return 2;
      } else {
        files.add(Path.of(a));
      }
    }
    if (!List.of("text", "json", "sarif", "html").contains(format)) {
      err.println("jrace: report merge: --format \"" + format + "\" is not text, json, sarif or html");
      return 2;
    }
    if (files.isEmpty()) {
      err.println("jrace: report merge: no report files (usage: report merge [--format text|json|sarif|html] FILE...)");
      return 2;
    }
    Map<String, Race> races = new LinkedHashMap<>();
    for (Path file : files) {
      List<String> lines;
      try {
        lines = Files.readAllLines(file);
      } catch (IOException e) {
        err.println("jrace: report merge: cannot read " + file + ": "
            + (e instanceof NoSuchFileException ? "no such file" : e.getMessage()));
        return 2;
      }
      for (int n = 0; n < lines.size(); n++) {
        if (lines.get(n).isBlank()) {
          continue;
        }
        try {
          Object line = JsonReader.read(lines.get(n));
          if (!(line instanceof Map<?, ?> object) || !("race".equals(object.get("type"))
              || "summary".equals(object.get("type")))) {
            throw new IllegalArgumentException("not a line of a jrace JSON report (format=json)");
          }
          if ("race".equals(object.get("type"))) {
            Race race = race(object);
            races.putIfAbsent(pair(race), race);
          }
        } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
          err.println("jrace: report merge: " + file + ":" + (n + 1) + ": "
              + (e instanceof IllegalArgumentException ? e.getMessage() : "not a race as jrace writes it"));
          return 2;
        }
      }
    }
    List<Race> merged = new ArrayList<>(races.values());
    switch (format) {
      case "json" -> {
        merged.forEach(r -> out.print(JsonReport.format(r)));
        out.print(JsonReport.summary(merged.size(), 0));
      }
      case "sarif" -> out.print(SarifReport.document(merged));
      case "html" -> out.print(dev.jrace.shadow.HtmlReport.page(merged, SourceRoots.here()));
      default -> {
        merged.forEach(r -> out.print(TextReport.format(r)));
        if (!merged.isEmpty()) {
          out.print(TextReport.summary(merged.size()));
        }
      }
    }
    return merged.isEmpty() ? 0 : 66;
  }

  private static String pair(Race race) {
    String a = race.current().site().frame();
    String b = race.previous().site().frame();
    return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
  }

  private static Race race(Map<?, ?> o) {
    String jdkClass = (String) o.get("jdkClass");
    Access current = access((Map<?, ?>) o.get("current"), jdkClass);
    List<String> unheld = new ArrayList<>();
    for (Object lock : (List<?>) o.get("unheld")) {
      unheld.add((String) lock);
    }
    return new Race((String) o.get("variable"), (String) o.get("holder"), jdkClass, current,
        access((Map<?, ?>) o.get("previous"), jdkClass), unheld, current.locks().isEmpty());
  }

  private static Access access(Map<?, ?> a, String jdkClass) {
    Map<?, ?> s = (Map<?, ?>) a.get("site");
    Site site = new Site((String) s.get("class"), (String) s.get("method"), (String) s.get("file"),
        ((Long) s.get("line")).intValue(), null, (String) a.get("call"));
    Map<?, ?> t = (Map<?, ?>) a.get("thread");
    ThreadInfo thread = t.get("name") == null ? null
        : new ThreadInfo(null, (String) t.get("name"), frames((List<?>) t.get("createdAt"), 0));
    List<?> stack = (List<?>) a.get("stack");
    // a JDK object's stack starts with the JDK method, which the report adds again itself
    StackTraceElement[] frames = frames(stack, jdkClass == null ? 0 : 1);
    boolean lost = Boolean.TRUE.equals(a.get("stackLost"));
    List<Site> locks = new ArrayList<>();
    for (Object l : (List<?>) a.get("locks")) {
      Map<?, ?> lock = (Map<?, ?>) l;
      String name = (String) lock.get("lock");
      locks.add(new Site((String) lock.get("class"), (String) lock.get("method"), (String) lock.get("file"),
          ((Long) lock.get("line")).intValue(), "a lock".equals(name) ? null : name));
    }
    Map<?, ?> submitted = (Map<?, ?>) a.get("submitted");
    TaskOrigin task = null;
    if (submitted != null) {
      Map<?, ?> by = (Map<?, ?>) submitted.get("thread");
      task = new TaskOrigin(by.get("name") == null ? null : new ThreadInfo(null, (String) by.get("name"), null),
          frames((List<?>) submitted.get("stack"), 0));
    }
    return new Access("write".equals(a.get("kind")), site, thread, lost ? null : frames, lost, locks, task);
  }

  private static StackTraceElement[] frames(List<?> list, int skip) {
    List<StackTraceElement> out = new ArrayList<>();
    for (int i = skip; i < list.size(); i++) {
      Map<?, ?> f = (Map<?, ?>) list.get(i);
      out.add(new StackTraceElement((String) f.get("class"), (String) f.get("method"), (String) f.get("file"),
          ((Long) f.get("line")).intValue()));
    }
    return out.toArray(new StackTraceElement[0]);
  }
}
