package dev.jrace.shadow;

/**
 * Finds the shadow of a JDK object watched as a whole (see {@link JdkObjects}): first in the
 * thread's small cache, then in the shared weak table.
 */
public final class ObjectShadows {
  private static final WeakIdentityMap.Factory<VarState> NEW = new WeakIdentityMap.Factory<>() {
    @Override
    public VarState create(Object object) {
      return new VarState();
    }
  };

  private ObjectShadows() {}

  public static VarState of(Object object, ThreadState t) {
    VarState v = t.lastObject(object);
    return v != null ? v : lookup(object, t);
  }

  private static VarState lookup(Object object, ThreadState t) {
    WeakIdentityMap.Entry<VarState> e = t.entry(object, RaceRuntime.OBJECTS, NEW);
    t.lastObject(e);
    return e.value;
  }
}
