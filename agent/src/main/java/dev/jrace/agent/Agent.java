package dev.jrace.agent;

import dev.jrace.shadow.Log;
import dev.jrace.shadow.RaceReporter;
import dev.jrace.shadow.RaceRuntime;
import dev.jrace.thunks.HiddenMembers;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Starts the detector: reads the options, sets up reporting and the exit status, installs the transformer. */
public final class Agent {
  /** System properties through which a start tells {@code JRace.install()} how it went. */
  public static final String STARTED = "jrace.started";
  public static final String FAILURE = "jrace.startFailure";

  private Agent() {}

  /** {@code late}: attached to a running JVM, whose loaded classes are rewritten too (methods only). */
  public static void start(String args, Instrumentation inst, boolean late) {
    Options options;
    Consumer<String> out;
    try {
      options = Options.parse(System.getenv("JRACE_OPTIONS"), args);
      out = output(options.logPath);
    } catch (IllegalArgumentException e) {
      if (late) { // JRace.install() throws it in the program's thread
        System.setProperty(FAILURE, e.getMessage());
        return;
      }
      System.err.println("jrace: " + e.getMessage());
      Runtime.getRuntime().halt(2);
      return;
    }
    Log.setVerbose(options.verbose);
    dev.jrace.shadow.History.setSize(options.historySize);
    RaceReporter reporter = new RaceReporter(out, options.haltOnError, options.exitCode, options.suppressions,
        options.reportLimit, options.dedup, options.format);
    RaceRuntime.DETECTOR.setSink(reporter);
    ExitStatus.install(inst, reporter, options.html);
    JdkSynchronization.openJavaBase(inst, dev.jrace.thunks.Thunks.class.getModule());
    hideMembers(inst, dev.jrace.thunks.Thunks.class.getModule());
    dev.jrace.thunks.SyncThunks.prepare();
    preloadImplicitExceptions();
    LoadedBefore loaded = late ? LoadedBefore.of(inst, options.filter) : LoadedBefore.NONE;
    ClassInstrumenter instrumenter =
        new ClassInstrumenter(new ClassHierarchy(loaded.names()), options.filter, RaceRuntime.SITES, false,
            options.naive);
    inst.addTransformer(new RaceTransformer(options.filter, instrumenter), true);
    JdkSynchronization.retransformLoaded(inst);
    loaded.retransform(inst);
    System.setProperty(STARTED, "true");
    Log.info("started");
  }

  /**
   * Makes reflection leave out the members jrace adds to classes (HiddenMembers), before any
   * class gets them. Should the JDK not allow it, they stay visible, and the program runs on.
   */
  private static void hideMembers(Instrumentation inst, Module runtime) {
    try {
      inst.redefineModule(Object.class.getModule(), Set.of(), Map.of(),
          Map.of("jdk.internal.reflect", Set.of(runtime)), Set.of(), Map.of());
      HiddenMembers.install();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      Log.info("could not hide jrace's members from reflection, getDeclaredFields() and"
          + " getDeclaredMethods() list them: " + e);
    }
  }

  /**
   * Loads the exception classes the JVM throws by itself that JDK 17 does not load at start: it
   * may load them first while a StackOverflowError unwinds, and a class load calls the
   * transformers on the thread with no stack left, where the JDK's own part of that call fails
   * and prints an assertion.
   */
  private static void preloadImplicitExceptions() {
    for (String name : new String[] {"java.lang.ArrayIndexOutOfBoundsException", "java.lang.NegativeArraySizeException"}) {
      try {
        Class.forName(name, false, null);
      } catch (ClassNotFoundException e) {
        // not in this JDK: nothing to load
      }
    }
  }

  /** Where reports go: stderr, stdout, or the file {@code PATH.<pid>} as Go's log_path does. */
  private static Consumer<String> output(String logPath) {
    switch (logPath) {
      case "stderr":
        return text -> System.err.print(text);
      case "stdout":
        return text -> System.out.print(text);
      default:
        String file = logPath + "." + ProcessHandle.current().pid();
        try {
          PrintStream stream = new PrintStream(new FileOutputStream(file), true, StandardCharsets.UTF_8);
          return text -> {
            stream.print(text);
            stream.flush();
          };
        } catch (IOException e) {
          throw new IllegalArgumentException("option log_path: cannot write " + file + ": " + e.getMessage());
        }
    }
  }
}
