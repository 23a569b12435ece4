package dev.jrace.agent;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Opcodes;

/**
 * What the instrumenter must know of classes other than the one it rewrites: where a field is
 * declared and with which modifiers (a {@code getfield} does not say whether its field is final
 * or volatile). Read from class files through the class loader's resources, never by loading
 * classes, and remembered per loader without keeping loaders alive.
 */
final class ClassHierarchy {
  /** A class's name, supertypes and fields ({@code name + " " + descriptor} to access flags). */
  record ClassInfo(String name, String superName, String[] interfaces, int access,
      Map<String, Integer> fields) {}

  /** A field as resolved by the JVM: the class that declares it and its access flags. */
  record Field(String declaringClass, String name, String descriptor, int access) {
    boolean is(int flag) {
      return (access & flag) != 0;
    }
  }

  private static final ClassInfo MISSING = new ClassInfo(null, null, null, 0, Map.of());
  private final Map<ClassLoader, Map<String, ClassInfo>> byLoader = new WeakHashMap<>();
  private final Map<String, ClassInfo> bootstrap = new ConcurrentHashMap<>();
  private final java.util.Set<String> loadedBefore;

  ClassHierarchy() {
    this(java.util.Set.of());
  }

  /** {@code loadedBefore}: the classes (internal names) loaded before jrace started, which have no shadows. */
  ClassHierarchy(java.util.Set<String> loadedBefore) {
    this.loadedBefore = loadedBefore;
  }

  /**
   * Whether a class of this name was loaded before jrace started (attached late). By name: a
   * class of the same name loaded later by another loader is taken for it too, which costs
   * speed, never correctness.
   */
  boolean loadedBefore(String className) {
    return loadedBefore.contains(className);
  }

  /** Records a class being defined now, so later lookups need not read it again. */
  void remember(ClassLoader loader, ClassInfo info) {
    cache(loader).put(info.name(), info);
  }

  /** JVMS 5.4.3.2 field resolution: the class, its interfaces, then its superclasses. Null when unknown. */
  Field resolveField(ClassLoader loader, String owner, String name, String descriptor) {
    for (String c = owner; c != null; ) {
      ClassInfo info = info(loader, c);
      if (info == null) {
        return null;
      }
      Integer access = info.fields().get(name + " " + descriptor);
      if (access != null) {
        return new Field(c, name, descriptor, access);
      }
      Field inInterface = resolveInInterfaces(loader, info.interfaces(), name, descriptor, 0);
      if (inInterface != null) {
        return inInterface;
      }
      c = info.superName();
    }
    return null;
  }

  private Field resolveInInterfaces(ClassLoader loader, String[] interfaces, String name,
      String descriptor, int depth) {
    if (depth > 64) {
      return null;
    }
    for (String i : interfaces) {
      ClassInfo info = info(loader, i);
      if (info == null) {
        continue;
      }
      Integer access = info.fields().get(name + " " + descriptor);
      if (access != null) {
        return new Field(i, name, descriptor, access);
      }
      Field deeper = resolveInInterfaces(loader, info.interfaces(), name, descriptor, depth + 1);
      if (deeper != null) {
        return deeper;
      }
    }
    return null;
  }

  ClassInfo info(ClassLoader loader, String name) {
    Map<String, ClassInfo> cache = cache(loader);
    ClassInfo info = cache.get(name);
    if (info == null) {
      info = read(loader, name);
      cache.put(name, info);
    }
    return info == MISSING ? null : info;
  }

  private Map<String, ClassInfo> cache(ClassLoader loader) {
    if (loader == null) {
      return bootstrap;
    }
    synchronized (byLoader) {
      return byLoader.computeIfAbsent(loader, l -> new ConcurrentHashMap<>());
    }
  }

  private static ClassInfo read(ClassLoader loader, String name) {
    ClassLoader from = loader != null ? loader : ClassLoader.getPlatformClassLoader();
    try (InputStream in = from.getResourceAsStream(name + ".class")) {
      return in == null ? MISSING : parse(new ClassReader(in.readAllBytes()));
    } catch (IOException | RuntimeException e) {
      return MISSING;
    }
  }

  /** The class's metadata; fields carrying {@code @RaceIgnore} (or of a class that does) get {@link Shadows#IGNORED}. */
  static ClassInfo parse(ClassReader reader) {
    Map<String, Integer> fields = new HashMap<>();
    boolean[] classIgnored = new boolean[1];
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        classIgnored[0] |= descriptor.equals(Shadows.RACE_IGNORE); // class annotations come before fields
        return null;
      }

      @Override
      public FieldVisitor visitField(int access, String name, String descriptor, String signature,
          Object value) {
        String key = name + " " + descriptor;
        fields.put(key, classIgnored[0] ? access | Shadows.IGNORED : access);
        return new FieldVisitor(Opcodes.ASM9) {
          @Override
          public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
            if (annotation.equals(Shadows.RACE_IGNORE)) {
              fields.put(key, access | Shadows.IGNORED);
            }
            return null;
          }
        };
      }
    }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassInfo(reader.getClassName(), reader.getSuperName(), reader.getInterfaces(),
        reader.getAccess(), fields);
  }
}
