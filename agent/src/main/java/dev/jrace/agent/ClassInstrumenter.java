package dev.jrace.agent;

import dev.jrace.shadow.SiteTable;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Turns a class file into its instrumented form. A method that would grow past the JVM's 64 KiB
 * limit is kept as it was (its accesses go unwatched); the class still gets its shadows.
 */
final class ClassInstrumenter {
  private final ClassHierarchy hierarchy;
  private final ClassFilter filter;
  private final SiteTable sites;
  private final boolean strict;
  private final boolean naive;

  /** {@code strict}: a failure to rewrite methods is thrown, not hidden by the fallback (tests). */
  ClassInstrumenter(ClassHierarchy hierarchy, ClassFilter filter, SiteTable sites, boolean strict) {
    this(hierarchy, filter, sites, strict, false);
  }

  /** {@code naive}: accesses dispatched the straightforward way (option mode=naive; see NaiveThunks). */
  ClassInstrumenter(ClassHierarchy hierarchy, ClassFilter filter, SiteTable sites, boolean strict, boolean naive) {
    this.hierarchy = hierarchy;
    this.filter = filter;
    this.sites = sites;
    this.strict = strict;
    this.naive = naive;
  }

  /**
   * The instrumented class, or null when it is to be left as it is. Should rewriting its methods
   * fail, the class still gets its shadow members, which other classes' code may already call.
   */
  byte[] instrument(byte[] original, ClassLoader loader) {
    return instrument(original, loader, true);
  }

  /** As above; without {@code newMembers} (a class already loaded) only method bodies change. */
  byte[] instrument(byte[] original, ClassLoader loader, boolean newMembers) {
    ClassReader reader = new ClassReader(original);
    hierarchy.remember(loader, ClassHierarchy.parse(reader));
    try {
      return instrument(reader, loader, true, newMembers, false);
    } catch (RuntimeException e) {
      if (!newMembers || strict) {
        throw e;
      }
      dev.jrace.shadow.Log.info("could not rewrite the methods of " + reader.getClassName().replace('/', '.')
          + ", only its fields are shadowed: " + e);
      return instrument(reader, loader, false, true, false);
    }
  }

  /** A JDK class whose synchronization (volatile fields, atomics, monitors, thread starts) is to be seen. */
  byte[] instrumentSynchronization(byte[] original, ClassLoader loader) {
    ClassReader reader = new ClassReader(original);
    hierarchy.remember(loader, ClassHierarchy.parse(reader));
    return instrument(reader, loader, true, false, true);
  }

  private byte[] instrument(ClassReader reader, ClassLoader loader, boolean rewriteMethods,
      boolean newMembers, boolean synchronizationOnly) {
    Set<String> tooLarge = new HashSet<>();
    while (true) {
      ClassNode node = new ClassNode();
      reader.accept(node, ClassReader.EXPAND_FRAMES);
      if (ShadowMembers.alreadyInstrumented(node)) {
        return null;
      }
      InstrumentedClass context = new InstrumentedClass(node, loader, hierarchy, filter, sites, newMembers,
          synchronizationOnly, naive);
      boolean changed = false;
      for (MethodNode m : node.methods) {
        if (rewriteMethods && MethodInstrumenter.applies(m) && !tooLarge.contains(m.name + m.desc)
            && (!synchronizationOnly || JdkSynchronization.watches(node.name, m.name))) {
          int size = m.instructions.size();
          new MethodInstrumenter(context, m).instrument();
          changed |= m.instructions.size() != size;
        }
      }
      if (synchronizationOnly && !changed) {
        return null; // a JDK class with nothing to watch stays byte for byte as it was
      }
      if (newMembers && ShadowMembers.add(node)) {
        SerialVersion.keep(reader, node, hierarchy, loader);
      }
      ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
      try {
        node.accept(writer);
        return writer.toByteArray();
      } catch (MethodTooLargeException e) {
        if (!tooLarge.add(e.getMethodName() + e.getDescriptor())) {
          throw e;
        }
        dev.jrace.shadow.Log.info("method too large to instrument, left as is: "
            + e.getClassName() + "." + e.getMethodName());
      }
    }
  }
}
