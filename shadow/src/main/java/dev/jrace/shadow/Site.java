package dev.jrace.shadow;

/**
 * A place in the code: an access instruction or a method. {@code variable} names the field an
 * access touches ({@code com.acme.Counter.count}); for an array element access (whose element
 * is known only at run time) or a call on a JDK object, the field the array or object was read
 * from, if known; null for methods. {@code call} is the method called at a call on a JDK object
 * watched as a whole ({@code put}), else null.
 */
public record Site(String className, String methodName, String fileName, int line, String variable,
    String call) {
  public Site(String className, String methodName, String fileName, int line, String variable) {
    this(className, methodName, fileName, line, variable, null);
  }

  /** Formatted like a stack trace element: {@code com.acme.Counter.inc(Counter.java:12)}. */
  public String frame() {
    String where = fileName == null ? "Unknown Source" : line > 0 ? fileName + ":" + line : fileName;
    return className + "." + methodName + "(" + where + ")";
  }
}
