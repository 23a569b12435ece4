package dev.jrace.agent;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Defines the runtime packages of race.jar in the bootstrap class loader. Appending the jar to
 * the bootstrap search path would do the same, but makes HotSpot print a class-sharing warning
 * in every run; so the classes are defined one by one, the way the JDK defines its proxies, and
 * the search path is appended only when that way is closed.
 */
final class BootstrapRuntime {
  static final String[] PACKAGES = {"dev/jrace/shadow/", "dev/jrace/thunks/"};

  private BootstrapRuntime() {}

  static void define(JarFile jar, Instrumentation inst) throws IOException {
    if (alreadyDefined()) {
      return; // a second agent start in the same JVM
    }
    try {
      defineEach(jar, inst);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      inst.appendToBootstrapClassLoaderSearch(jar);
    }
  }

  private static boolean alreadyDefined() {
    try {
      Class.forName("dev.jrace.thunks.Thunks", false, null);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void defineEach(JarFile jar, Instrumentation inst)
      throws IOException, ReflectiveOperationException {
    inst.redefineModule(Object.class.getModule(), Set.of(),
        Map.of("jdk.internal.access", Set.of(BootstrapRuntime.class.getModule())),
        Map.of(), Set.of(), Map.of());
    Object access = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess").invoke(null);
    Method defineClass = Class.forName("jdk.internal.access.JavaLangAccess").getMethod("defineClass",
        ClassLoader.class, String.class, byte[].class, java.security.ProtectionDomain.class, String.class);
    List<JarEntry> pending = new ArrayList<>();
    for (JarEntry e : java.util.Collections.list(jar.entries())) {
      for (String p : PACKAGES) {
        if (e.getName().startsWith(p) && e.getName().endsWith(".class")) {
          pending.add(e);
        }
      }
    }
    // a class whose supertype is not defined yet fails; it is tried again after the others
    while (!pending.isEmpty()) {
      List<JarEntry> failed = new ArrayList<>();
      Throwable last = null;
      for (JarEntry e : pending) {
        byte[] bytes;
        try (InputStream in = jar.getInputStream(e)) {
          bytes = in.readAllBytes();
        }
        String name = e.getName().substring(0, e.getName().length() - 6).replace('/', '.');
        try {
          defineClass.invoke(access, null, name, bytes, null, "jrace");
        } catch (java.lang.reflect.InvocationTargetException x) {
          if (!(x.getCause() instanceof NoClassDefFoundError)) {
            throw x;
          }
          failed.add(e);
          last = x.getCause();
        }
      }
      if (failed.size() == pending.size()) {
        throw new IllegalStateException("cannot define the jrace runtime", last);
      }
      pending = failed;
    }
  }
}
