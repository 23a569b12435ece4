package dev.jrace.shadow;

import java.util.List;

/**
 * The races of a run as one SARIF 2.1.0 document ({@code format=sarif}): one result per race,
 * located at the current access, with the previous access as a related location and both
 * stacks, so code scanning and IDEs show races inline. Source files are given relative to a
 * source root ({@code com/acme/Counter.java}), from the class's package and source file name.
 */
public final class SarifReport {
  private static final String RULE = "data-race";

  private SarifReport() {}

  public static String document(List<Race> races) {
    StringBuilder b = new StringBuilder(4096);
    Json doc = Json.object(b)
        .field("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        .field("version", "2.1.0");
    Json runs = doc.array("runs");
    Json run = runs.element();
    Json tool = run.object("tool");
    Json driver = tool.object("driver");
    driver.field("name", "jrace").field("informationUri", "https://github.com/jrace/jrace");
    Json rules = driver.array("rules");
    Json rule = rules.element();
    rule.field("id", RULE);
    rule.object("shortDescription").field("text", "Data race").end();
    rule.object("fullDescription").field("text", "Two threads accessed the same variable, at least one"
        + " writing, and nothing ordered the two accesses (no lock, volatile, start/join or"
        + " java.util.concurrent edge between them).").end();
    rule.end();
    rules.endArray();
    driver.end();
    tool.end();
    Json results = run.array("results");
    for (Race race : races) {
      result(results.element(), race);
    }
    results.endArray();
    run.end();
    runs.endArray();
    doc.end();
    return b.append('\n').toString();
  }

  private static void result(Json r, Race race) {
    Access now = race.current();
    Access before = race.previous();
    r.field("ruleId", RULE).field("level", "error");
    r.object("message").field("text", TextReport.capitalize(now.kind()) + " of " + race.variable() + " by "
        + thread(now) + " races with a " + before.kind() + " at " + before.site().frame() + " by "
        + thread(before) + ".").end();
    Json locations = r.array("locations");
    location(locations.element(), now.site(), null);
    locations.endArray();
    Json related = r.array("relatedLocations");
    location(related.element().field("id", 1), before.site(), "previous " + before.kind() + " by " + thread(before));
    submission(related, 2, now, "");
    submission(related, 3, before, "previous ");
    related.endArray();
    Json stacks = r.array("stacks");
    stack(stacks.element(), TextReport.capitalize(now.kind()) + " by " + thread(now), ReportFrames.of(now, race.jdkClass()));
    stack(stacks.element(), "previous " + before.kind() + " by " + thread(before),
        ReportFrames.of(before, race.jdkClass()));
    for (Access a : new Access[] {now, before}) {
      if (a.task() != null) {
        stack(stacks.element(), "task of the " + (a == now ? "" : "previous ") + a.kind() + " submitted by "
            + TextReport.threadName(a.task().thread()), java.util.Arrays.asList(a.task().stack()));
      }
    }
    stacks.endArray();
    r.end();
  }

  private static void location(Json l, Site site, String message) {
    physical(l.object("physicalLocation"), site.className(), site.fileName(), site.line());
    if (message != null) {
      l.object("message").field("text", message).end();
    }
    Json logicals = l.array("logicalLocations");
    logicals.element().field("fullyQualifiedName", site.className() + "." + site.methodName())
        .field("kind", "function").end();
    logicals.endArray();
    l.end();
  }

  /** The call that submitted the pool task an access ran in, when known, as a related location. */
  private static void submission(Json related, int id, Access a, String which) {
    TaskOrigin task = a.task();
    if (task == null || task.stack().length == 0) {
      return;
    }
    StackTraceElement top = task.stack()[0];
    Json l = related.element().field("id", id);
    physical(l.object("physicalLocation"), top.getClassName(), top.getFileName(), top.getLineNumber());
    l.object("message").field("text", "submitted the task of the " + which + a.kind() + " (by "
        + TextReport.threadName(task.thread()) + ")").end();
    l.end();
  }

  private static void stack(Json s, String message, List<StackTraceElement> frames) {
    s.object("message").field("text", message).end();
    Json array = s.array("frames");
    for (StackTraceElement e : frames) {
      Json frame = array.element();
      Json location = frame.object("location");
      physical(location.object("physicalLocation"), e.getClassName(), e.getFileName(), e.getLineNumber());
      location.object("message").field("text", e.getClassName() + "." + e.getMethodName()).end();
      location.end();
      frame.end();
    }
    array.endArray();
    s.end();
  }

  private static void physical(Json p, String className, String file, int line) {
    String pkg = className.lastIndexOf('.') < 0 ? "" : className.substring(0, className.lastIndexOf('.') + 1);
    p.object("artifactLocation")
        .field("uri", pkg.replace('.', '/') + (file == null ? "Unknown" : file))
        .field("uriBaseId", "SRCROOT").end();
    if (line > 0) {
      p.object("region").field("startLine", line).end();
    }
    p.end();
  }

  private static String thread(Access a) {
    return TextReport.threadName(a.thread());
  }
}
