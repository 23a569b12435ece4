package dev.jrace.thunks;

import dev.jrace.shadow.Log;

/**
 * Called by JUnit Jupiter as it makes the registry of its default extensions (the agent adds
 * the call): registers jrace's extension, dev.jrace.junit.RaceExtension from race.jar, as if
 * the test class said {@code @ExtendWith(RaceExtension.class)}. Where JUnit's class loader
 * cannot see race.jar, nothing is registered and the verbose log says why.
 */
public final class JupiterHook {
  static final String EXTENSION = "dev.jrace.junit.RaceExtension";

  private JupiterHook() {}

  public static void registryMade(Object registry) {
    if (registry == null) {
      return;
    }
    try {
      Class<?> extension = Class.forName(EXTENSION, true, registry.getClass().getClassLoader());
      registry.getClass().getMethod("registerExtension", Class.class).invoke(registry, extension);
    } catch (Throwable e) {
      Log.info("jrace's JUnit extension was not registered: " + e);
    }
  }
}
