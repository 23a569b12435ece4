package dev.jrace.thunks;

import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The handles of a class's instance shadow fields, its superclasses' included: each
 * instrumented class keeps one per shadow field in a static field of its own (made by its static
 * initializer). A class whose handles cannot be read (a named module that does not open its
 * package) contributes none.
 */
final class ShadowHandles {
  private static final String HANDLE_PREFIX = "$jrace$h$";
  private static final VarHandle[] NONE = {};
  private static final ClassValue<VarHandle[]> BY_CLASS = new ClassValue<>() {
    @Override
    protected VarHandle[] computeValue(Class<?> type) {
      List<VarHandle> found = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        try {
          for (Field f : c.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getName().startsWith(HANDLE_PREFIX)) {
              f.setAccessible(true);
              Object h = f.get(null);
              if (h instanceof VarHandle handle) {
                found.add(handle);
              }
            }
          }
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
          // not readable: that class's shadows stay shared with the original
        }
      }
      return found.isEmpty() ? NONE : found.toArray(NONE);
    }
  };

  private ShadowHandles() {}

  static VarHandle[] of(Class<?> type) {
    return BY_CLASS.get(type);
  }
}
