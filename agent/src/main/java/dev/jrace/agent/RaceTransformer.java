package dev.jrace.agent;

import dev.jrace.shadow.Log;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * The agent's transformer: instruments the classes the filter selects, once each, and leaves
 * any class it fails on exactly as it was.
 */
final class RaceTransformer implements ClassFileTransformer {
  private final ClassFilter filter;
  private final ClassInstrumenter instrumenter;

  RaceTransformer(ClassFilter filter, ClassInstrumenter instrumenter) {
    this.filter = filter;
    this.instrumenter = instrumenter;
  }

  @Override
  public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classfileBuffer) {
    if (classBeingRedefined != null || !filter.instruments(className)) {
      return null;
    }
    try {
      byte[] out = instrumenter.instrument(classfileBuffer, loader);
      if (out != null) {
        Log.info("instrumented " + className.replace('/', '.'));
      }
      return out;
    } catch (Throwable e) {
      Log.info("could not instrument " + className.replace('/', '.') + ", left as is: " + e);
      return null;
    }
  }
}
