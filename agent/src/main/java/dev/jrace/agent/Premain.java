package dev.jrace.agent;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * The agent's door, loaded by the system class loader. It puts jrace's runtime (thunks and
 * shadow core) into the bootstrap class loader, so that it exists once and classes of every
 * loader see it, then starts the agent. It must not touch any other jrace class before that.
 */
public final class Premain {
  private Premain() {}

  public static void premain(String args, Instrumentation inst) throws Exception {
    start(args, inst, false);
  }

  /** Attached to a running JVM ({@code JRace.install()}): the program's classes are loaded already. */
  public static void agentmain(String args, Instrumentation inst) throws Exception {
    start(args, inst, true);
  }

  private static void start(String args, Instrumentation inst, boolean late) throws Exception {
    File jar = new File(Premain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (JarFile file = new JarFile(jar)) {
      BootstrapRuntime.define(file, inst);
    }
    Agent.start(args, inst, late);
  }
}
