package dev.jrace.thunks;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Hides the members jrace adds to a class (named {@code $jrace$...}) from reflection, so that
 * {@code getDeclaredFields()}, {@code getDeclaredMethods()}, {@code getDeclaredField(name)},
 * {@code getFields()}, {@code getMethods()} and what is built on them (serialization's default
 * serialVersionUID among others) see the class as it was. Method handles, VarHandles and
 * {@code Unsafe} reach members by name without reflection's filter, so jrace itself is not
 * affected.
 *
 * <p>It uses the filter the JDK keeps for its own sensitive members: {@code
 * jdk.internal.reflect.Reflection} holds two maps, from a class to the names of the fields
 * (methods) that reflection does not list for it; {@code Class} passes each class's members
 * through them once, when it fills its reflection cache. Each map is replaced by one that gives
 * the JDK's own entries as they were, also hiding jrace's names, and for any other class but the
 * JDK's a set of jrace's names only. It keeps no class: nothing is kept alive. The JDK replaces
 * the map by a copy when one of its classes registers names of its own (in its static
 * initializer), so the classes known to do that are initialized first; the copy of a wrapper
 * keeps the JDK's entries, and the JDK's classes are given no entry, so a registration by a
 * class not known here still succeeds (and only stops the hiding).
 */
public final class HiddenMembers {
  private static final String PREFIX = "$jrace$";
  /** The JDK classes whose static initializer registers names to filter (JDK 17 to 25). */
  private static final String[] REGISTRANTS = {
    "java.lang.invoke.MethodHandles$Lookup",
    "jdk.internal.reflect.ConstantPool",
    "jdk.internal.reflect.UnsafeStaticFieldAccessorImpl", // JDK 17
    "sun.misc.Unsafe",
  };
  private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

  /** jrace's names, whatever follows the prefix. */
  private static final Set<String> OURS = new AbstractSet<>() {
    @Override
    public boolean contains(Object name) {
      return name instanceof String s && s.startsWith(PREFIX);
    }

    @Override
    public Iterator<String> iterator() {
      return Collections.emptyIterator();
    }

    @Override
    public int size() {
      return 0;
    }
  };

  private static volatile boolean installed;

  private HiddenMembers() {}

  /** Whether reflection hides jrace's members in this JVM. */
  public static boolean installed() {
    return installed;
  }

  /**
   * Replaces the JDK's filters; java.base must open {@code jdk.internal.reflect} to this
   * class's module. On any failure reflection is left as it was, and the failure is thrown.
   */
  public static synchronized void install() throws ReflectiveOperationException {
    if (installed) {
      return;
    }
    for (String registrant : REGISTRANTS) {
      try {
        Class.forName(registrant, true, null);
      } catch (ClassNotFoundException | LinkageError e) {
        // not in this JDK (or its module not in the image): it registers nothing
      }
    }
    Class<?> reflection = Class.forName("jdk.internal.reflect.Reflection", true, null);
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(reflection, MethodHandles.lookup());
    VarHandle fields = lookup.findStaticVarHandle(reflection, "fieldFilterMap", Map.class);
    VarHandle methods = lookup.findStaticVarHandle(reflection, "methodFilterMap", Map.class);
    wrap(fields);
    try {
      wrap(methods);
    } catch (RuntimeException | Error e) {
      unwrap(fields);
      throw e;
    }
    installed = true;
  }

  @SuppressWarnings("unchecked")
  private static void wrap(VarHandle filter) {
    while (true) {
      Map<Class<?>, Set<String>> jdk = (Map<Class<?>, Set<String>>) filter.getVolatile();
      if (jdk == null) {
        throw new IllegalStateException("the JDK's reflection filter is not set up");
      }
      if (jdk instanceof Filter || filter.compareAndSet(jdk, new Filter(jdk))) {
        return;
      }
    }
  }

  private static void unwrap(VarHandle filter) {
    Object current = filter.getVolatile();
    if (current instanceof Filter f) {
      filter.compareAndSet(current, f.jdk);
    }
  }

  /** A JDK filter map that also hides jrace's names. */
  private static final class Filter extends AbstractMap<Class<?>, Set<String>> {
    final Map<Class<?>, Set<String>> jdk;
    private final Map<Class<?>, Set<String>> withOurs = new HashMap<>();

    Filter(Map<Class<?>, Set<String>> jdk) {
      this.jdk = jdk;
      for (Map.Entry<Class<?>, Set<String>> e : jdk.entrySet()) {
        withOurs.put(e.getKey(), e.getValue().contains("*") ? e.getValue() : new Union(e.getValue()));
      }
    }

    @Override
    public Set<String> get(Object key) {
      Set<String> names = withOurs.get(key);
      if (names != null) {
        return names;
      }
      return key instanceof Class<?> c && !ofTheJdk(c) ? OURS : null;
    }

    /** The JDK's entries, so a copy of this map is the JDK's map. */
    @Override
    public Set<Map.Entry<Class<?>, Set<String>>> entrySet() {
      return jdk.entrySet();
    }

    /** A class of the JDK's own modules: jrace adds nothing to it, and the JDK may register names for it. */
    private static boolean ofTheJdk(Class<?> c) {
      if (!c.getModule().isNamed()) {
        return false;
      }
      ClassLoader loader = c.getClassLoader();
      return loader == null || loader == PLATFORM;
    }
  }

  /** The JDK's names for a class and jrace's. */
  private static final class Union extends AbstractSet<String> {
    private final Set<String> jdk;

    Union(Set<String> jdk) {
      this.jdk = jdk;
    }

    @Override
    public boolean contains(Object name) {
      return OURS.contains(name) || jdk.contains(name);
    }

    @Override
    public Iterator<String> iterator() {
      return jdk.iterator();
    }

    @Override
    public int size() {
      return jdk.size();
    }
  }

  /**
   * Whether class {@code c} declares a field named {@code name}, hidden or not: asked of the VM,
   * not of reflection.
   */
  public static boolean declares(Class<?> c, String name) {
    try {
      jdk.internal.misc.Unsafe.getUnsafe().objectFieldOffset(c, name);
      return true;
    } catch (InternalError e) {
      return false;
    }
  }
}
