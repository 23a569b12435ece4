package dev.jrace.agent;

import static org.objectweb.asm.Opcodes.ACC_INTERFACE;

import dev.jrace.shadow.Site;
import dev.jrace.shadow.SiteTable;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** What rewriting one class's methods needs to know about that class and its world. */
final class InstrumentedClass {
  private final ClassNode node;
  private final ClassLoader loader;
  private final ClassHierarchy hierarchy;
  private final ClassFilter filter;
  private final SiteTable sites;
  private final String binaryName;
  private final boolean ownShadows;
  private final boolean synchronizationOnly;
  private final boolean naive;
  private final java.util.Map<String, Integer> lineSites = new java.util.HashMap<>();

  /**
   * {@code ownShadows}: whether this class gets its shadow members (not when already loaded);
   * {@code synchronizationOnly}: a JDK class, of which only synchronization is seen.
   */
  InstrumentedClass(ClassNode node, ClassLoader loader, ClassHierarchy hierarchy,
      ClassFilter filter, SiteTable sites, boolean ownShadows, boolean synchronizationOnly, boolean naive) {
    this.naive = naive;
    this.ownShadows = ownShadows;
    this.synchronizationOnly = synchronizationOnly;
    this.node = node;
    this.loader = loader;
    this.hierarchy = hierarchy;
    this.filter = filter;
    this.sites = sites;
    this.binaryName = node.name.replace('/', '.');
  }

  String name() {
    return node.name;
  }

  boolean synchronizationOnly() {
    return synchronizationOnly;
  }

  /** Whether accesses are dispatched the straightforward way (option mode=naive). */
  boolean naive() {
    return naive;
  }

  /** In a JDK class, whether a field is one its nest updates atomically (see AtomicFields). */
  boolean atomicallyUpdated(String owner, String name) {
    return synchronizationOnly && AtomicFields.of(node).contains(owner + "." + name);
  }

  int version() {
    return node.version & 0xFFFF;
  }

  /** Resolves a field the way the JVM will, looking first at this class as it is being defined. */
  ClassHierarchy.Field resolveField(String owner, String name, String descriptor) {
    if (owner.equals(node.name)) {
      for (FieldNode f : node.fields) {
        if (f.name.equals(name) && f.desc.equals(descriptor)) {
          return new ClassHierarchy.Field(owner, name, descriptor, Shadows.access(node, f));
        }
      }
    }
    return hierarchy.resolveField(loader, owner, name, descriptor);
  }

  /** In a JDK class, whether elements of arrays of this type are updated atomically in its nest. */
  boolean atomicArray(String descriptor) {
    return synchronizationOnly && AtomicFields.of(node).contains(descriptor);
  }

  /** In a JDK class, whether its nest updates the elements of any array type atomically. */
  boolean hasAtomicArrays() {
    if (synchronizationOnly) {
      for (String f : AtomicFields.of(node)) {
        if (f.startsWith("[")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code className} is java.lang.Thread or a subclass of it, as far as class files tell. */
  boolean isThread(String className) {
    String c = className;
    for (int depth = 0; c != null && depth < 32; depth++) {
      if (c.equals("java/lang/Thread")) {
        return true;
      }
      ClassHierarchy.ClassInfo info = c.equals(node.name) ? null : hierarchy.info(loader, c);
      c = c.equals(node.name) ? node.superName : info == null ? null : info.superName();
    }
    return false;
  }

  /** Whether {@code className} is instrumented but was loaded before jrace started, so has no shadow fields. */
  boolean loadedBefore(String className) {
    return filter.instruments(className) && hierarchy.loadedBefore(className);
  }

  /** Whether {@code className} gets shadow fields: a class (not an interface) that jrace instruments. */
  boolean hasShadows(String className) {
    if (!filter.instruments(className) || hierarchy.loadedBefore(className)) {
      return false;
    }
    if (className.equals(node.name)) {
      return ownShadows && (node.access & ACC_INTERFACE) == 0;
    }
    ClassHierarchy.ClassInfo info = hierarchy.info(loader, className);
    return info != null && (info.access() & ACC_INTERFACE) == 0;
  }

  /**
   * Registers the site of an access in {@code m}: {@code field} is the field accessed, or for an
   * array element the field the array was read from; null when there is none or it is unknown.
   */
  /** The id by which this class's code reaches the shadow of instance field {@code f} (0: none). */
  int shadowField(ClassHierarchy.Field f) {
    return dev.jrace.thunks.Thunks.shadowField(loader, f.declaringClass(), Shadows.shadowField(f.name()));
  }

  int site(MethodNode m, int line, ClassHierarchy.Field field) {
    return site(m, line, field, null);
  }

  /** The same, for a call of {@code call} on a JDK object watched as a whole (null if not one). */
  int site(MethodNode m, int line, ClassHierarchy.Field field, String call) {
    String variable = field == null ? null
        : field.declaringClass().replace('/', '.') + "." + field.name();
    return sites.add(new Site(binaryName, m.name, node.sourceFile, line, variable, call));
  }

  /** The site where {@code m} takes a lock, named {@code lock} ({@code com.acme.Registry.this}) or null if unknown. */
  int lockSite(MethodNode m, int line, String lock) {
    return sites.add(new Site(binaryName, m.name, node.sourceFile, line, lock));
  }

  /** The site of a line of {@code m} where no variable is involved (a call), made once per line. */
  int lineSite(MethodNode m, int line) {
    return lineSites.computeIfAbsent(m.name + m.desc + ":" + line, k -> site(m, line, null));
  }

  int methodSite(MethodNode m) {
    return sites.add(new Site(binaryName, m.name, node.sourceFile, firstLine(m), null));
  }

  /** The first line of {@code m}'s code, 0 when it has no line numbers. */
  int firstLine(MethodNode m) {
    for (var i : m.instructions) {
      if (i instanceof org.objectweb.asm.tree.LineNumberNode n) {
        return n.line;
      }
    }
    return 0;
  }
}
