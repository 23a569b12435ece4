package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.List;

/** The frames a report shows for an access or a thread's start, in every output format. */
final class ReportFrames {
  private ReportFrames() {}

  /**
   * The stack of an access, without jrace's frames; on a JDK object watched as a whole, topped
   * by the JDK method called. Only the site's frame when the stack is not known.
   */
  static List<StackTraceElement> of(Access a, String jdkClass) {
    List<StackTraceElement> out = new ArrayList<>();
    if (jdkClass != null) {
      out.add(jdkFrame(jdkClass, a.site().call()));
    }
    StackTraceElement[] stack = a.stack();
    if (stack == null) {
      Site s = a.site();
      out.add(new StackTraceElement(s.className(), s.methodName(), s.fileName(), s.line() > 0 ? s.line() : -1));
      return out;
    }
    int first = 0;
    while (first < stack.length && isOurs(stack[first])) {
      first++;
    }
    for (int i = first; i < stack.length; i++) {
      out.add(stack[i]);
    }
    return out;
  }

  /** Where a thread was started, without jrace's frames; empty when not known. */
  static List<StackTraceElement> origin(ThreadInfo t) {
    List<StackTraceElement> out = new ArrayList<>();
    if (t != null && t.createdAt() != null) {
      for (StackTraceElement e : t.createdAt()) {
        if (!isOurs(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static StackTraceElement jdkFrame(String jdkClass, String method) {
    String outer = jdkClass.substring(jdkClass.lastIndexOf('.') + 1);
    int nested = outer.indexOf('$');
    String file = (nested < 0 ? outer : outer.substring(0, nested)) + ".java";
    return new StackTraceElement(null, "java.base", null, jdkClass, method, file, -1);
  }

  private static boolean isOurs(StackTraceElement e) {
    return e.getClassName().startsWith("dev.jrace.") || e.getMethodName().contains("$jrace$");
  }
}
