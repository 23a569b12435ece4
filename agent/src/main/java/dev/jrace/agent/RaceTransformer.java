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

  /**
   * The transformer is jrace's own work: whatever it synchronizes on is not the program's. A
   * class first used deep in a recursion is loaded with little stack left: when instrumenting it
   * overflows the stack, it is instrumented again on a thread of its own, since a class left as
   * it was would lack the shadow accessors the classes already instrumented call.
   */
  @Override
  public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classfileBuffer) {
    int[] inside = dev.jrace.thunks.Guard.enter();
    try {
      byte[] out;
      try {
        out = transformGuarded(loader, className, classBeingRedefined, classfileBuffer);
      } catch (StackOverflowError e) {
        return onFreshStack(() -> transform(loader, className, classBeingRedefined, domain, classfileBuffer));
      }
      return JupiterRegistry.CLASS.equals(className) ? withJupiterHook(className, out != null ? out : classfileBuffer, out)
          : out;
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * {@code work} on a new thread with a large stack, waited for at most 30 s (it should take
   * milliseconds; should it wait on something the loading thread holds, such as a class loader
   * that locks itself to read resources, the class is left as it was rather than the program hung).
   */
  private static byte[] onFreshStack(java.util.function.Supplier<byte[]> work) {
    byte[][] out = new byte[1][];
    Thread helper = new Thread(null, () -> out[0] = work.get(), "jrace-transform", 16L << 20);
    helper.setDaemon(true);
    helper.start();
    boolean interrupted = false;
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (helper.isAlive() && System.nanoTime() < deadline) {
      try {
        helper.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (helper.isAlive()) {
      Log.info("instrumenting a class on a thread of its own took too long: left as it was");
      return null;
    }
    return out[0];
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
      } catch (StackOverflowError e) {
        throw e;
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
    } catch (StackOverflowError e) {
      throw e;
    } catch (Throwable e) {
      Log.info("could not instrument " + className.replace('/', '.') + ", left as is: " + e);
      return null;
    }
  }
}
