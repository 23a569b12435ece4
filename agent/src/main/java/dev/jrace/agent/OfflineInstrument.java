package dev.jrace.agent;

import dev.jrace.shadow.SiteTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code java -jar race.jar instrument IN OUT}: writes the classes of IN (a jar or a directory
 * of classes) as the agent would rewrite them, to look at with javap or to check with a
 * verifier (like JaCoCo's {@code instrument} command). Everything else is copied; a class jrace
 * cannot instrument is copied as it was and named on stderr. The classes refer to code sites
 * numbered for this run: they are for reading and checking, not for running.
 */
final class OfflineInstrument {
  private final ClassInstrumenter instrumenter;
  private final ClassFilter filter = new ClassFilter(new String[] {"*"}, new String[0]);
  private final ClassLoader loader;
  private final PrintStream err;
  private int instrumented;
  private int unchanged;
  private final List<String> failed = new ArrayList<>();

  private OfflineInstrument(Path in, PrintStream err) throws IOException {
    this.loader = new URLClassLoader(new URL[] {in.toUri().toURL()}, OfflineInstrument.class.getClassLoader());
    this.instrumenter = new ClassInstrumenter(new ClassHierarchy(), filter, new SiteTable(), true);
    this.err = err;
  }

  /** Exit status: 0 when done (classes that failed are named), 2 for bad arguments. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println("jrace: instrument takes two arguments, IN and OUT (a jar or a directory of classes each)");
      return 2;
    }
    Path in = Path.of(args.get(0));
    Path out2 = Path.of(args.get(1));
    if (!Files.isReadable(in)) {
      err.println("jrace: instrument: cannot read " + in);
      return 2;
    }
    try {
      OfflineInstrument tool = new OfflineInstrument(in, err);
      if (Files.isDirectory(in)) {
        tool.directory(in, out2);
      } else {
        tool.jar(in, out2);
      }
      out.println("jrace: " + tool.instrumented + " classes instrumented, " + tool.unchanged
          + " left as they were (nothing to watch or not instrumentable), " + tool.failed.size() + " failed");
      return 0;
    } catch (IOException e) {
      err.println("jrace: instrument: " + e.getMessage());
      return 2;
    }
  }

  private void directory(Path in, Path out) throws IOException {
    try (Stream<Path> files = Files.walk(in)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Path target = out.resolve(in.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.write(target, transform(in.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file)));
      }
    }
  }

  private void jar(Path in, Path out) throws IOException {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (JarFile jar = new JarFile(in.toFile());
        JarOutputStream target = new JarOutputStream(Files.newOutputStream(out))) {
      for (JarEntry e : java.util.Collections.list(jar.entries())) {
        if (e.isDirectory() || e.getName().startsWith("META-INF/") && isSignature(e.getName())) {
          continue; // a signature would no longer match
        }
        byte[] bytes;
        try (InputStream s = jar.getInputStream(e)) {
          bytes = s.readAllBytes();
        }
        target.putNextEntry(new JarEntry(e.getName()));
        target.write(transform(e.getName(), bytes));
        target.closeEntry();
      }
    }
  }

  private static boolean isSignature(String name) {
    return name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC");
  }

  private byte[] transform(String name, byte[] bytes) {
    if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.startsWith("META-INF/versions/")) {
      return bytes;
    }
    try {
      byte[] changed = filter.instruments(new org.objectweb.asm.ClassReader(bytes).getClassName())
          ? instrumenter.instrument(bytes, loader) : null; // as the agent: not the JDK's, not jrace's
      if (changed == null) {
        unchanged++;
        return bytes;
      }
      instrumented++;
      return changed;
    } catch (RuntimeException | LinkageError e) {
      failed.add(name);
      err.println("jrace: could not instrument " + name + ", copied as it was: " + e);
      return bytes;
    }
  }
}
