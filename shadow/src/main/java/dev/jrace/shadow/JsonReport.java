package dev.jrace.shadow;

import java.util.List;

/**
 * A race as one line of JSON (the {@code format=json} output; its JSON Schema is race-report.schema.json, beside this class):
 * <pre>
 * {"type":"race","variable":..,"holder":..,"jdkClass":..,"unheld":[lock names],
 *  "current":ACCESS,"previous":ACCESS}
 * ACCESS = {"kind":"read"|"write","call":..,"site":FRAME,"thread":{"name":..,"running":..,"createdAt":[FRAME]},
 *           "stack":[FRAME],"stackLost":..,"locks":[LOCK],
 *           "submitted":{"thread":{"name":..,"running":..},"stack":[FRAME]}}  (a pool task's origin, when known)
 * LOCK   = {"lock":"com.acme.Registry.this","class":..,"method":..,"file":..,"line":..} (where it was taken)
 * FRAME  = {"class":..,"method":..,"file":..,"line":..}
 * </pre>
 * and at the end of a run {@code {"type":"summary","races":N,"shown":M}}.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String format(Race race) {
    StringBuilder b = new StringBuilder(1024);
    Json o = Json.object(b)
        .field("type", "race")
        .field("variable", race.variable())
        .field("holder", race.holder())
        .field("jdkClass", race.jdkClass());
    Json unheld = o.array("unheld");
    for (String lock : race.unheld()) {
      unheld.value(lock);
    }
    unheld.endArray();
    access(o.object("current"), race.current(), race.jdkClass());
    access(o.object("previous"), race.previous(), race.jdkClass());
    o.end();
    return b.append('\n').toString();
  }

  public static String summary(int races, int limit) {
    StringBuilder b = new StringBuilder();
    Json.object(b).field("type", "summary").field("races", races)
        .field("shown", limit == 0 ? races : Math.min(races, limit)).end();
    return b.append('\n').toString();
  }

  private static void access(Json a, Access access, String jdkClass) {
    a.field("kind", access.kind()).field("call", access.site().call());
    Site s = access.site();
    a.object("site").field("class", s.className()).field("method", s.methodName()).field("file", s.fileName())
        .field("line", s.line()).end();
    Json t = a.object("thread");
    ThreadInfo info = access.thread();
    t.field("name", info == null ? null : info.name());
    t.field("running", info != null && info.isAlive());
    frames(t.array("createdAt"), ReportFrames.origin(info));
    t.end();
    frames(a.array("stack"), ReportFrames.of(access, jdkClass));
    a.field("stackLost", access.stack() == null && access.stackLost());
    Json locks = a.array("locks");
    for (Site lock : access.locks()) {
      locks.element().field("lock", TextReport.lockName(lock)).field("class", lock.className())
          .field("method", lock.methodName()).field("file", lock.fileName()).field("line", lock.line()).end();
    }
    locks.endArray();
    TaskOrigin task = access.task();
    if (task != null) {
      Json submitted = a.object("submitted");
      Json by = submitted.object("thread");
      by.field("name", task.thread() == null ? null : task.thread().name());
      by.field("running", task.thread() != null && task.thread().isAlive());
      by.end();
      frames(submitted.array("stack"), java.util.Arrays.asList(task.stack()));
      submitted.end();
    }
    a.end();
  }

  private static void frames(Json array, List<StackTraceElement> frames) {
    for (StackTraceElement e : frames) {
      array.element()
          .field("class", e.getClassName())
          .field("method", e.getMethodName())
          .field("file", e.getFileName())
          .field("line", e.getLineNumber())
          .end();
    }
    array.endArray();
  }
}
