package dev.jrace.agent;

import dev.jrace.shadow.SiteTable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Loads the classes of one package instrumented, in-process, the way race.jar would: fast
 * validation without a forked JVM. Everything else comes from the parent, the runtime included.
 */
final class InstrumentingLoader extends ClassLoader {
  private final String prefix;
  private final ClassInstrumenter instrumenter;

  InstrumentingLoader(String packagePrefix, SiteTable sites) {
    super(InstrumentingLoader.class.getClassLoader());
    this.prefix = packagePrefix;
    ClassFilter filter = new ClassFilter(new String[] {packagePrefix + "*"}, new String[0]);
    this.instrumenter = new ClassInstrumenter(new ClassHierarchy(), filter, sites, true);
  }

  static byte[] classBytes(String name) throws IOException {
    try (InputStream in = InstrumentingLoader.class.getClassLoader()
        .getResourceAsStream(name.replace('.', '/') + ".class")) {
      if (in == null) {
        throw new IOException("no class file for " + name);
      }
      return in.readAllBytes();
    }
  }

  byte[] instrument(String name) throws IOException {
    byte[] original = classBytes(name);
    byte[] out = instrumenter.instrument(original, this);
    return out == null ? original : out;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!name.startsWith(prefix)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> c = findLoadedClass(name);
      if (c == null) {
        try {
          byte[] bytes = instrument(name);
          c = defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
      if (resolve) {
        resolveClass(c);
      }
      return c;
    }
  }
}
