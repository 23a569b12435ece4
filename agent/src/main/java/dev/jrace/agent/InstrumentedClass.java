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

  /**
   * {@code ownShadows}: whether this class gets its shadow members (not when already loaded);
   * {@code synchronizationOnly}: a JDK class, of which only synchronization is seen.
   */
  InstrumentedClass(ClassNode node, ClassLoader loader, ClassHierarchy hierarchy,
      ClassFilter filter, SiteTable sites, boolean ownShadows, boolean synchronizationOnly) {
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

  int version() {
    return node.version & 0xFFFF;
  }

  /** Resolves a field the way the JVM will, looking first at this class as it is being defined. */
  ClassHierarchy.Field resolveField(String owner, String name, String descriptor) {
    if (owner.equals(node.name)) {
      for (FieldNode f : node.fields) {
        if (f.name.equals(name) && f.desc.equals(descriptor)) {
          return new ClassHierarchy.Field(owner, name, descriptor, f.access);
        }
      }
    }
    return hierarchy.resolveField(loader, owner, name, descriptor);
  }

  /** Whether {@code className} gets shadow fields: a class (not an interface) that jrace instruments. */
  boolean hasShadows(String className) {
    if (!filter.instruments(className)) {
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
  int site(MethodNode m, int line, ClassHierarchy.Field field) {
    String variable = field == null ? null
        : field.declaringClass().replace('/', '.') + "." + field.name();
    return sites.add(new Site(binaryName, m.name, node.sourceFile, line, variable));
  }

  int methodSite(MethodNode m) {
    int first = 0;
    for (var i : m.instructions) {
      if (i instanceof org.objectweb.asm.tree.LineNumberNode n) {
        first = n.line;
        break;
      }
    }
    return sites.add(new Site(binaryName, m.name, node.sourceFile, first, null));
  }
}
