package dev.jrace.agent;

import dev.jrace.shadow.Log;
import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;

/**
 * The agent's transformer: instruments the classes the filter selects and leaves any class it
 * fails on exactly as it was. When another agent retransforms an instrumented class (Mockito's
 * inline mock maker does), the JVM hands over the original bytes again, and they are
 * instrumented again the same way, since a retransformation may not drop members. (Classes of
 * named modules need nothing more: on JDK 17 and 25 they read the runtime's module, the bootstrap
 * loader's unnamed one, as HostSafetyIT checks.)
 */
final class RaceTransformer implements ClassFileTransformer {
  private final ClassFilter filter;
  private final ClassInstrumenter instrumenter;

  RaceTransformer(ClassFilter filter, ClassInstrumenter instrumenter) {
    this.filter = filter;
    this.instrumenter = instrumenter;
  }

  /** The transformer is jrace's own work: whatever it synchronizes on is not the program's. */
  @Override
  public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classfileBuffer) {
    boolean entered = dev.jrace.thunks.Guard.enter();
    try {
      byte[] out = transformGuarded(loader, className, classBeingRedefined, classfileBuffer);
      return JupiterRegistry.CLASS.equals(className) ? withJupiterHook(className, out != null ? out : classfileBuffer, out)
          : out;
    } finally {
      if (entered) {
        dev.jrace.thunks.Guard.exit();
      }
    }
  }

  private static byte[] withJupiterHook(String className, byte[] bytes, byte[] otherwise) {
    try {
      byte[] hooked = JupiterRegistry.hook(bytes);
      Log.info(hooked != null ? "registered jrace's JUnit extension in " + className.replace('/', '.')
          : "no registry of default extensions in " + className.replace('/', '.') + ": jrace's JUnit extension not registered");
      return hooked != null ? hooked : otherwise;
    } catch (Throwable e) {
      Log.info("could not register jrace's JUnit extension in " + className.replace('/', '.') + ": " + e);
      return otherwise;
    }
  }

  private byte[] transformGuarded(ClassLoader loader, String className, Class<?> classBeingRedefined,
      byte[] classfileBuffer) {
    if (JdkSynchronization.covers(loader, className)) {
      try {
        return instrumenter.instrumentSynchronization(classfileBuffer, loader);
      } catch (Throwable e) {
        Log.info("could not watch the synchronization of " + className.replace('/', '.') + ": " + e);
        return null;
      }
    }
    if (!filter.instruments(className) || className.equals("module-info")) {
      return null;
    }
    try {
      // a class loaded before the agent cannot take new members: only its methods are rewritten
      boolean newMembers = classBeingRedefined == null || ShadowMembers.hasShadows(classBeingRedefined, classfileBuffer);
      byte[] out = instrumenter.instrument(classfileBuffer, loader, newMembers);
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
