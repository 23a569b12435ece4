package dev.jrace.thunks;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The handles of a class's instance shadow fields, its superclasses' included. Each instrumented
 * class makes one per shadow field in its static initializer (through
 * {@link Thunks#shadowHandle}), which registers it here: reflection does not list jrace's
 * fields (see HiddenMembers), so they are not looked up.
 */
final class ShadowHandles {
  private static final VarHandle[] NONE = {};
  /** The handles a class made for its own shadow fields, in the order it made them. */
  private static final ClassValue<Own> OWN = new ClassValue<>() {
    @Override
    protected Own computeValue(Class<?> type) {
      return new Own();
    }
  };
  private static final ClassValue<VarHandle[]> BY_CLASS = new ClassValue<>() {
    @Override
    protected VarHandle[] computeValue(Class<?> type) {
      List<VarHandle> found = new ArrayList<>();
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        found.addAll(Arrays.asList(OWN.get(c).handles));
      }
      return found.isEmpty() ? NONE : found.toArray(NONE);
    }
  };

  private static final class Own {
    volatile VarHandle[] handles = NONE;

    synchronized void add(VarHandle h) {
      VarHandle[] grown = Arrays.copyOf(handles, handles.length + 1);
      grown[handles.length] = h;
      handles = grown;
    }
  }

  private ShadowHandles() {}

  static void register(Class<?> owner, VarHandle shadowField) {
    OWN.get(owner).add(shadowField);
  }

  /**
   * The handles of {@code type}'s classes, once they are initialized (any class of an object
   * that was cloned is, unless the clone was made by its own initialization).
   */
  static VarHandle[] of(Class<?> type) {
    return BY_CLASS.get(type);
  }
}
