package dev.jrace.thunks;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The handles of a class's instance shadow fields, its superclasses' included. Each instrumented
 * class makes one per shadow field when it installs that field's first shadow (through
 * {@link Thunks#shadowHandle}), which registers it here: reflection does not list jrace's
 * fields (see HiddenMembers), so they are not looked up. An object has a shadow only in fields
 * whose handle was made, so the handles registered when it is cloned are all its copy needs.
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

  /** The handles of {@code type}'s classes made so far (more may come: not cached). */
  static VarHandle[] of(Class<?> type) {
    List<VarHandle> found = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      found.addAll(Arrays.asList(OWN.get(c).handles));
    }
    return found.isEmpty() ? NONE : found.toArray(NONE);
  }
}
