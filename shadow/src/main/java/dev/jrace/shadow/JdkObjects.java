package dev.jrace.shadow;

import java.util.Set;

/**
 * The JDK classes that are not safe for concurrent use and whose objects jrace watches as one
 * variable each. A call from the program on such an object is a read of it (get, size,
 * contains, iteration, toString, ...) or a write (put, add, remove, clear, sort, append,
 * format, ...), so two threads calling {@code HashMap.put} and {@code HashMap.get} on one map
 * without synchronization race, and two calling {@code get} do not.
 *
 * <p>Only objects of exactly these classes are watched: a program's subclass may synchronize
 * its overrides, and its own code is instrumented anyway. The synchronized JDK classes
 * (Vector, Hashtable, StringBuffer) and the concurrent ones are not here.
 */
public final class JdkObjects {
  /** Binary names of the watched classes. */
  static final String[] CLASSES = {
      "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque",
      "java.util.PriorityQueue", "java.util.Arrays$ArrayList",
      "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.util.IdentityHashMap", "java.util.WeakHashMap", "java.util.EnumMap",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
      "java.util.RegularEnumSet", "java.util.JumboEnumSet", "java.util.BitSet",
      "java.util.StringJoiner", "java.util.GregorianCalendar", "java.lang.StringBuilder",
      "java.text.SimpleDateFormat", "java.text.DecimalFormat", "java.text.MessageFormat",
  };

  /**
   * Types a call site may name for a call that reaches a watched object: the watched classes,
   * their JDK supertypes and the collection interfaces (internal names).
   */
  private static final Set<String> CALLED_TYPES = Set.of(
      "java/lang/Iterable", "java/lang/CharSequence", "java/lang/Appendable",
      "java/util/Collection", "java/util/List", "java/util/Set", "java/util/Map",
      "java/util/Queue", "java/util/Deque", "java/util/SortedMap", "java/util/NavigableMap",
      "java/util/SortedSet", "java/util/NavigableSet", "java/util/SequencedCollection",
      "java/util/SequencedSet", "java/util/SequencedMap", "java/util/AbstractCollection",
      "java/util/AbstractList", "java/util/AbstractSequentialList", "java/util/AbstractSet",
      "java/util/AbstractMap", "java/util/AbstractQueue", "java/util/EnumSet",
      "java/util/Calendar", "java/text/Format", "java/text/DateFormat", "java/text/NumberFormat");

  /** Name prefixes of the methods that change a watched object; every other method reads it. */
  private static final String[] WRITE_PREFIXES = {
      "add", "put", "remove", "set", "poll", "offer", "replace", "compute", "append", "delete",
      "apply",
  };

  private static final Set<String> WRITES = Set.of(
      "push", "pop", "clear", "sort", "retainAll", "merge", "insert", "reverse", "trimToSize",
      "ensureCapacity", "flip", "and", "or", "xor", "andNot", "roll", "format", "parse",
      "parseObject");

  /** Object's methods that touch no state of the object's class. */
  private static final Set<String> NOT_ACCESSES = Set.of("getClass", "wait", "notify", "notifyAll");

  private static final Class<?>[] TABLE = table();

  private JdkObjects() {}

  /** Whether objects of exactly class {@code c} are watched. Allocates nothing, takes no lock. */
  public static boolean watched(Class<?> c) {
    int mask = TABLE.length - 1;
    for (int i = System.identityHashCode(c) & mask; ; i = (i + 1) & mask) {
      Class<?> k = TABLE[i];
      if (k == c) {
        return true;
      }
      if (k == null) {
        return false;
      }
    }
  }

  /**
   * Whether an instance call of {@code method} on a receiver of static type {@code owner}
   * (internal name) may be a call on a watched object.
   */
  public static boolean mayAccess(String owner, String method) {
    return (CALLED_TYPES.contains(owner) || isWatchedName(owner.replace('/', '.')))
        && !NOT_ACCESSES.contains(method) && !method.startsWith("<");
  }

  /** Whether {@code method} changes the watched object it is called on. */
  public static boolean writes(String method) {
    if (WRITES.contains(method)) {
      return true;
    }
    for (String p : WRITE_PREFIXES) {
      if (method.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether objects of the class of this binary name are watched. */
  public static boolean isWatchedName(String binaryName) {
    for (String c : CLASSES) {
      if (c.equals(binaryName)) {
        return true;
      }
    }
    return false;
  }

  private static Class<?>[] table() {
    Class<?>[] t = new Class<?>[64];
    for (String name : CLASSES) {
      Class<?> c;
      try {
        c = Class.forName(name, false, null);
      } catch (ClassNotFoundException e) {
        continue;
      }
      int i = System.identityHashCode(c) & (t.length - 1);
      while (t[i] != null) {
        i = (i + 1) & (t.length - 1);
      }
      t[i] = c;
    }
    return t;
  }
}
