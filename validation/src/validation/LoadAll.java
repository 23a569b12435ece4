package validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads and links every class of a jar that is on the class path, in a JVM started with
 * {@code -Xverify:all} (with or without the agent): {@code Class.forName(name, false, loader)},
 * then {@code getDeclaredMethods/Fields/Constructors}, which make HotSpot link the class, and so
 * verify it. With {@code init} as the third argument each class is then also initialized
 * ({@code Class.forName(name, true, loader)}), which runs its static initializer.
 *
 * <p>Usage: {@code LoadAll JAR RESULT.txt [init]}. RESULT gets one line a class,
 * {@code OK name} or {@code FAIL name phase Throwable: message}, sorted by name; stdout gets
 * the counts, and how many classes have a jrace shadow field (the agent's work seen from inside).
 */
public final class LoadAll {
  /**
   * The class's fields, jrace's included: getDeclaredFields() does not list them (the agent hides
   * them from reflection), the JVM's own list does (validate.sh opens java.lang for it).
   */
  private static java.lang.reflect.Field[] allDeclaredFields(Class<?> c) throws ReflectiveOperationException {
    java.lang.reflect.Method fields0 = Class.class.getDeclaredMethod("getDeclaredFields0", boolean.class);
    fields0.setAccessible(true);
    return (java.lang.reflect.Field[]) fields0.invoke(c, false);
  }

  public static void main(String[] args) throws Exception {
    Map<String, byte[]> classes = classes(Path.of(args[0]));
    boolean init = args.length > 2 && args[2].equals("init");
    ClassLoader loader = LoadAll.class.getClassLoader();
    int ok = 0;
    int failed = 0;
    int shadowed = 0;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      for (String entry : classes.keySet()) {
        String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
        String phase = "load";
        try {
          Class<?> c = Class.forName(name, false, loader);
          phase = "link";
          c.getDeclaredMethods();
          for (java.lang.reflect.Field f : allDeclaredFields(c)) {
            if (f.getName().startsWith("$jrace$")) { // a shadow field: the agent rewrote the class
              shadowed++;
              break;
            }
          }
          c.getDeclaredConstructors();
          if (init) {
            phase = "init";
            Class.forName(name, true, loader);
          }
          out.println("OK " + name);
          ok++;
        } catch (Throwable t) {
          String m = String.valueOf(t.getMessage()).replace('\n', ' ');
          if (m.length() > 300) {
            m = m.substring(0, 300) + "...";
          }
          out.println("FAIL " + name + " " + phase + " " + t.getClass().getName() + ": " + m);
          failed++;
        }
        out.flush();
      }
    }
    System.out.println("loaded=" + ok + " failed=" + failed + " shadowed=" + shadowed);
    System.out.flush();
    System.exit(0); // static initializers may have started non-daemon threads
  }

  /** The .class entries of a jar (base versions only, no module-info), by entry name, sorted. */
  static Map<String, byte[]> classes(Path jar) throws IOException {
    Map<String, byte[]> out = new TreeMap<>();
    try (JarFile j = new JarFile(jar.toFile())) {
      for (JarEntry e : Collections.list(j.entries())) {
        String n = e.getName();
        if (n.endsWith(".class") && !n.endsWith("module-info.class") && !n.startsWith("META-INF/")) {
          try (InputStream s = j.getInputStream(e)) {
            out.put(n, s.readAllBytes());
          }
        }
      }
    }
    return out;
  }

}
