package dev.jrace.thunks;

import java.lang.StackWalker.StackFrame;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Tells the program's synchronization objects from the JDK's own. The JDK uses
 * java.util.concurrent for its bookkeeping too (class loading, method handle linking, the
 * lock of System.out from JDK 21 on); taking those for the program's synchronization would
 * order unrelated threads and hide races. An object is the program's when the code that first
 * synchronizes on it, looking past java.util.concurrent itself (and the streams and threads that
 * run its tasks), is the program's code rather than the JDK's.
 */
final class Callers {
  private static final String[] TRANSPARENT = {
    "dev.jrace.", "java.util.concurrent.", "java.util.stream.", "java.util.Collections$Synchronized",
    "java.util.Timer", "java.lang.Thread", "java.lang.VirtualThread", "java.util.Vector",
    "java.util.Stack", "java.util.Hashtable", "java.lang.StringBuffer",
  };
  private static final StackWalker WALKER =
      StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE));
  private static final Function<Stream<StackFrame>, Boolean> DECIDE = new Function<>() {
    @Override
    public Boolean apply(Stream<StackFrame> frames) {
      for (Iterator<StackFrame> it = frames.iterator(); it.hasNext(); ) {
        StackFrame f = it.next();
        if (!transparent(f.getClassName())) {
          ClassLoader l = f.getDeclaringClass().getClassLoader();
          return l != null && l != ClassLoader.getPlatformClassLoader();
        }
      }
      return Boolean.TRUE; // a pool thread running the JDK's task machinery only
    }
  };

  private Callers() {}

  /** Whether the calling code, past java.util.concurrent and jrace, is the program's. */
  static boolean program() {
    return WALKER.walk(DECIDE);
  }

  private static boolean transparent(String className) {
    for (String p : TRANSPARENT) {
      if (className.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
