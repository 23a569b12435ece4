package dev.jrace.thunks;

import dev.jrace.shadow.VarState;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import jdk.internal.misc.Unsafe;
import jdk.internal.vm.annotation.Stable;

/**
 * The shadow fields of watched instance fields, reached by id: instrumented code passes the
 * object, the class its field instruction names and the id, and the shadow is read at the
 * offset found on first use. Not through a method of the field's class, as a getfield is not:
 * calling one waits for the class's initialization (JVMS 5.5), and a thread may use an object
 * of a class that another thread is still initializing (and waiting for it).
 *
 * <p>Ids are given per class loader of the code that accesses the field: there a class name
 * stands for one class, so an id for one offset. Two loaders can define classes of the same name
 * with different fields.
 */
final class ShadowFields {
  private static final Unsafe U = Locations.U;
  private static final int CHUNK_BITS = 12;
  private static final int CHUNK = 1 << CHUNK_BITS;
  /**
   * Offsets by id, 0 until the id is first used (no field is at offset 0: the header is). Stable
   * (the runtime is on the boot class path, where the JIT honors it): each value is set once, so
   * compiled code takes a resolved offset as a constant and reads the shadow as it reads a field.
   */
  @Stable
  private static final long[][] OFFSETS = new long[1 << 12][];

  /** The declaring class and shadow field of each id, for its first use. */
  private static Field[] fields = new Field[CHUNK];
  private static int count = 1; // 0 is no id
  private static final Map<ClassLoader, Map<String, Integer>> IDS = new WeakHashMap<>();
  private static final Map<String, Integer> BOOT_IDS = new HashMap<>();

  /** Offsets resolved for each declaring class: what a clone of its instances has to clear. */
  private static final ClassValue<Offsets> OF_CLASS = new ClassValue<>() {
    @Override
    protected Offsets computeValue(Class<?> type) {
      return new Offsets();
    }
  };

  static {
    // loads what a first use needs (ClassValue's classes, Offsets) now, not when memory may be short
    OF_CLASS.get(ShadowFields.class);
  }

  private static final class Field {
    final String declaringClass;
    final String shadow;

    Field(String declaringClass, String shadow) {
      this.declaringClass = declaringClass;
      this.shadow = shadow;
    }
  }

  private static final class Offsets {
    volatile long[] offsets = new long[0];

    synchronized void add(long offset) {
      for (long o : offsets) {
        if (o == offset) {
          return;
        }
      }
      long[] grown = Arrays.copyOf(offsets, offsets.length + 1);
      grown[offsets.length] = offset;
      offsets = grown;
    }
  }

  private ShadowFields() {}

  /** The id of shadow field {@code shadow} of {@code declaringClass} for code of {@code loader}. */
  static synchronized int register(ClassLoader loader, String declaringClass, String shadow) {
    Map<String, Integer> ids = loader == null ? BOOT_IDS : IDS.get(loader);
    if (ids == null) {
      ids = new HashMap<>();
      IDS.put(loader, ids);
    }
    String key = declaringClass + "." + shadow;
    Integer known = ids.get(key);
    if (known != null) {
      return known;
    }
    int id = count;
    if (id >>> CHUNK_BITS >= OFFSETS.length) {
      return 0; // 16 million fields: the rest go unwatched
    }
    if (id == fields.length) {
      fields = Arrays.copyOf(fields, id * 2);
    }
    if (OFFSETS[id >>> CHUNK_BITS] == null) {
      OFFSETS[id >>> CHUNK_BITS] = new long[CHUNK];
    }
    fields[id] = new Field(declaringClass.replace('/', '.'), shadow);
    ids.put(key, id);
    count++;
    return id;
  }

  /** The shadow of field {@code id} of {@code o}, or null if it has none yet (or the id is new). */
  static VarState get(Object o, int id) {
    long[] chunk = OFFSETS[id >>> CHUNK_BITS];
    long offset;
    if (chunk == null || (offset = chunk[id & (CHUNK - 1)]) == 0) {
      return null;
    }
    return (VarState) U.getReference(o, offset);
  }

  /**
   * Makes the shadow of field {@code id} of {@code o}; {@code named} is the class the field
   * instruction names (the field's class or a subclass: the JVM resolved the field from it), or
   * null in class files too old to name a class constant. Null when it cannot be made now.
   */
  static VarState install(Object o, Class<?> named, int id) {
    long offset = offset(o, named, id);
    if (offset == 0) {
      return null;
    }
    VarState made = new VarState();
    return U.compareAndSetReference(o, offset, null, made) ? made : (VarState) U.getReferenceVolatile(o, offset);
  }

  private static long offset(Object o, Class<?> named, int id) {
    long[] chunk = OFFSETS[id >>> CHUNK_BITS];
    if (id == 0 || chunk == null) {
      return 0;
    }
    long offset = chunk[id & (CHUNK - 1)];
    if (offset != 0) {
      return offset;
    }
    Field f = field(id);
    for (Class<?> c = named != null ? named : o.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals(f.declaringClass)) {
        offset = U.objectFieldOffset(c, f.shadow);
        OF_CLASS.get(c).add(offset);
        chunk[id & (CHUNK - 1)] = offset;
        return offset;
      }
    }
    return 0;
  }

  private static synchronized Field field(int id) {
    return fields[id];
  }

  /** Clears the shadows {@code copy} took from the object it was cloned from. */
  static void clear(Object copy) {
    for (Class<?> c = copy.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (long offset : OF_CLASS.get(c).offsets) {
        U.putReference(copy, offset, null);
      }
    }
  }
}
