package dev.jrace.agent;

import dev.jrace.shadow.Log;
import dev.jrace.shadow.RaceReporter;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;

/**
 * At exit, when races were found: the summary line, and the JVM's exit status becomes the
 * {@code exitcode} option (66, as Go's), unless each race already failed a test (see RaceListeners). The hook runs after the application's own shutdown
 * hooks (a JDK system hook slot), so halting with the new status cuts none of them short.
 */
final class ExitStatus {
  private ExitStatus() {}

  /** {@code html}: where to write the HTML summary, or null. */
  static void install(Instrumentation inst, RaceReporter reporter, java.nio.file.Path html) {
    Runnable hook = () -> {
      reporter.finish();
      if (Log.exhausted() > 0) {
        Log.warn("the program ran out of stack or memory " + Log.exhausted() + " time(s) while jrace was"
            + " working for it; jrace went on without that work, so it may have missed or misjudged"
            + " the ordering of accesses there");
      }
      if (html != null) {
        try {
          dev.jrace.shadow.HtmlReport.write(html, reporter.shown(), SourceRoots.here());
        } catch (java.io.IOException | RuntimeException e) {
          Log.warn("could not write the HTML summary to " + html + ": " + e);
        }
      }
      if (reporter.reported() > dev.jrace.shadow.RaceListeners.claimed() && reporter.exitCode() != 0) {
        Runtime.getRuntime().halt(reporter.exitCode());
      }
    };
    if (!registerAfterApplicationHooks(inst, hook)) {
      Runtime.getRuntime().addShutdownHook(new Thread(hook, "jrace-exit"));
    }
  }

  private static boolean registerAfterApplicationHooks(Instrumentation inst, Runnable hook) {
    try {
      Module base = Object.class.getModule();
      inst.redefineModule(base, Set.of(), Map.of("jdk.internal.access", Set.of(ExitStatus.class.getModule())),
          Map.of(), Set.of(), Map.of());
      Object access = Class.forName("jdk.internal.access.SharedSecrets").getMethod("getJavaLangAccess").invoke(null);
      Method register = Class.forName("jdk.internal.access.JavaLangAccess")
          .getMethod("registerShutdownHook", int.class, boolean.class, Runnable.class);
      for (int slot = 9; slot > 2; slot--) {
        try {
          register.invoke(access, slot, false, hook);
          return true;
        } catch (ReflectiveOperationException e) {
          // slot taken: try the next
        }
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      Log.info("exit hook falls back to an application shutdown hook: " + e);
    }
    return false;
  }
}
