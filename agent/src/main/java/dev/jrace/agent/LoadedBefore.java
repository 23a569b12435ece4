package dev.jrace.agent;

import dev.jrace.shadow.Log;
import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The program's classes already loaded when jrace was attached to a running JVM. A loaded
 * class cannot take new fields or methods, so these get no shadow fields: their methods are
 * rewritten (retransformed) like any other, and their fields are watched through a side table
 * instead (see LateFields). Code running in a frame that was already on a stack when jrace
 * started runs on as it was, unwatched.
 */
final class LoadedBefore {
  static final LoadedBefore NONE = new LoadedBefore(List.of());

  private final List<Class<?>> classes;

  private LoadedBefore(List<Class<?>> classes) {
    this.classes = classes;
  }

  /** The loaded classes that {@code filter} instruments: neither the JDK's nor jrace's own. */
  static LoadedBefore of(Instrumentation inst, ClassFilter filter) {
    List<Class<?>> found = new ArrayList<>();
    for (Class<?> c : inst.getAllLoadedClasses()) {
      String name = c.getName().replace('.', '/');
      if (c.getClassLoader() != null && !c.isArray() && !c.isHidden() && filter.instruments(name)
          && inst.isModifiableClass(c)) {
        found.add(c);
      }
    }
    return new LoadedBefore(found);
  }

  Set<String> names() {
    Set<String> names = new HashSet<>();
    for (Class<?> c : classes) {
      names.add(c.getName().replace('.', '/'));
    }
    return names;
  }

  /** Rewrites their methods now; a class that cannot be is left as it was (said under verbose). */
  void retransform(Instrumentation inst) {
    for (Class<?> c : classes) {
      try {
        inst.retransformClasses(c);
      } catch (Throwable e) {
        Log.info("could not instrument " + c.getName() + ", loaded before jrace started: " + e);
      }
    }
  }
}
