package dev.jrace.thunks;

import dev.jrace.shadow.WeakIdentityMap;
import java.lang.constant.ConstantDesc;
import java.lang.constant.DynamicConstantDesc;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import jdk.internal.misc.Unsafe;

/**
 * Names synchronization locations as {@code Unsafe} does, (base object, offset), whatever way
 * the code reaches them: a volatile field access, an Unsafe call, or a VarHandle. A location
 * that cannot be named precisely gets a coarser one (the whole object), which can only hide a
 * race, never invent one.
 */
final class Locations {
  static final Unsafe U = Unsafe.getUnsafe();
  /** The offset of a location that stands for a whole object. */
  static final long WHOLE = Long.MIN_VALUE;

  /** Grown under the class lock, read without it: a grown copy is published whole. */
  private static volatile FieldRef[] fields = new FieldRef[64];
  private static int fieldCount = 1;
  private static final java.util.Map<String, Integer> fieldIds = new java.util.HashMap<>();
  private static final WeakIdentityMap<VarHandleRef> HANDLES = new WeakIdentityMap<>();

  private Locations() {}

  /** The offset of element {@code index} of a reference array, as Unsafe and VarHandles name it. */
  static long referenceElement(int index) {
    return ReferenceArrays.BASE + ((long) index << ReferenceArrays.SHIFT);
  }

  /** Where a reference array's elements start and log2 of their size, made on first use. */
  private static final class ReferenceArrays {
    static final long BASE = arrayBaseOffset(Object[].class);
    static final int SHIFT = Integer.numberOfTrailingZeros(U.arrayIndexScale(Object[].class));
  }

  /** {@code Unsafe.arrayBaseOffset}, which returns an int up to JDK 22 and a long from JDK 23 on. */
  private static long arrayBaseOffset(Class<?> arrayClass) {
    try {
      return ((Number) Unsafe.class.getMethod("arrayBaseOffset", Class.class).invoke(U, arrayClass)).longValue();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A volatile field, registered when its accesses are instrumented; 0 is no field. */
  static final class FieldRef {
    final String declaringClass;
    final String name;
    final boolean isStatic;
    volatile boolean resolved;
    long offset = WHOLE;
    Object staticBase;

    FieldRef(String declaringClass, String name, boolean isStatic) {
      this.declaringClass = declaringClass;
      this.name = name;
      this.isStatic = isStatic;
    }
  }

  /** The id of a field, the same for every access to it. */
  static synchronized int registerField(String declaringClass, String name, boolean isStatic) {
    Integer known = fieldIds.get(declaringClass + "." + name);
    if (known != null) {
      return known;
    }
    FieldRef[] grown = fieldCount == fields.length ? Arrays.copyOf(fields, fieldCount * 2) : fields;
    grown[fieldCount] = new FieldRef(declaringClass, name, isStatic);
    fields = grown;
    fieldIds.put(declaringClass + "." + name, fieldCount);
    return fieldCount++;
  }

  static FieldRef field(int id) {
    return fields[id];
  }

  /**
   * Resolves a field from where it was reached: the receiver, or for a static field the class
   * named in the instruction; a class up its superclass chain declares it.
   */
  static void resolve(FieldRef f, Object receiverOrClass) {
    Class<?> c = receiverOrClass instanceof Class<?> k && f.isStatic ? k : receiverOrClass.getClass();
    for (; c != null; c = c.getSuperclass()) {
      if (c.getName().equals(f.declaringClass)) {
        try {
          if (f.isStatic) {
            Field field = c.getDeclaredField(f.name);
            f.staticBase = U.staticFieldBase(field);
            f.offset = U.staticFieldOffset(field);
          } else {
            f.offset = U.objectFieldOffset(c, f.name);
          }
        } catch (ReflectiveOperationException | RuntimeException e) {
          f.offset = WHOLE; // the whole object, coarser but safe
        }
        break;
      }
    }
    f.resolved = true;
  }

  /** What a VarHandle's coordinates mean, found once per handle. */
  static final class VarHandleRef {
    static final int STATIC = 0;
    static final int INSTANCE = 1;
    static final int ARRAY = 2;
    static final int OTHER = 3;
    final int kind;
    final Object staticBase;
    final long offset;
    final int shift;

    VarHandleRef(int kind, Object staticBase, long offset, int shift) {
      this.kind = kind;
      this.staticBase = staticBase;
      this.offset = offset;
      this.shift = shift;
    }
  }

  static VarHandleRef handle(VarHandle vh, Class<?> caller) {
    VarHandleRef r = HANDLES.get(vh);
    if (r == null) {
      r = HANDLES.putIfAbsent(vh, describe(vh, caller));
    }
    return r;
  }

  private static VarHandleRef describe(VarHandle vh, Class<?> caller) {
    try {
      List<Class<?>> coordinates = vh.coordinateTypes();
      if (coordinates.size() == 2 && coordinates.get(0).isArray() && coordinates.get(1) == int.class) {
        Class<?> array = coordinates.get(0);
        int scale = U.arrayIndexScale(array);
        return new VarHandleRef(VarHandleRef.ARRAY, null, arrayBaseOffset(array),
            Integer.numberOfTrailingZeros(scale));
      }
      DynamicConstantDesc<?> desc = vh.describeConstable().orElse(null);
      if (desc == null || coordinates.size() > 1) {
        return new VarHandleRef(VarHandleRef.OTHER, null, WHOLE, 0);
      }
      String name = desc.constantName();
      if (coordinates.size() == 1) {
        for (Class<?> c = coordinates.get(0); c != null; c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            if (f.getName().equals(name) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
              return new VarHandleRef(VarHandleRef.INSTANCE, null, U.objectFieldOffset(c, name), 0);
            }
          }
        }
        return new VarHandleRef(VarHandleRef.OTHER, null, WHOLE, 0);
      }
      ConstantDesc owner = desc.bootstrapArgsList().get(0);
      String ownerName = ((java.lang.constant.ClassDesc) owner).descriptorString();
      Class<?> c = Class.forName(ownerName.substring(1, ownerName.length() - 1).replace('/', '.'), false,
          caller == null ? null : caller.getClassLoader());
      Field field = c.getDeclaredField(name);
      return new VarHandleRef(VarHandleRef.STATIC, U.staticFieldBase(field), U.staticFieldOffset(field), 0);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return new VarHandleRef(VarHandleRef.OTHER, null, WHOLE, 0);
    }
  }
}
