package dev.jrace;

import dev.jrace.agent.Agent;
import java.io.File;
import java.util.jar.JarFile;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * Starts jrace in the running JVM, for a test or a main that cannot add {@code -javaagent}:
 * race.jar (this class's own jar) is attached as an agent. Classes loaded before then cannot
 * take jrace's shadow fields: their fields are watched through a slower side table, their
 * methods are rewritten, but code in frames already running (the caller's own frame, for one)
 * goes on unwatched, synchronization included. So call it first, before the code to check has
 * started any thread, and from another method than the one that starts them.
 */
public final class JRace {
  private JRace() {}

  /** Starts jrace with its default options; does nothing if it runs already. */
  public static void install() {
    install("");
  }

  /**
   * Starts jrace with {@code options}, as after {@code -javaagent:race.jar=} (the environment's
   * {@code JRACE_OPTIONS} apply too); does nothing if it runs already.
   *
   * @throws IllegalArgumentException for an unknown option or a malformed value
   * @throws IllegalStateException when this class is not inside race.jar or the JVM cannot attach agents
   */
  public static synchronized void install(String options) {
    if (running()) {
      return;
    }
    // nothing of jrace's runtime may be loaded here before the agent defines it in the boot loader
    File jar = ownJar();
    try {
      ByteBuddyAgent.attach(jar, ByteBuddyAgent.ProcessProvider.ForCurrentVm.INSTANCE, options);
    } catch (RuntimeException e) {
      throw new IllegalStateException("jrace: could not attach " + jar + " to this JVM (a JDK, not a JRE,"
          + " is needed; or start it with -javaagent:" + jar + "): " + e.getMessage(), e);
    }
    String failure = System.clearProperty(Agent.FAILURE);
    if (failure != null) {
      throw new IllegalArgumentException("jrace: " + failure);
    }
    if (!running()) {
      throw new IllegalStateException("jrace: " + jar + " was attached but did not start (see the output above)");
    }
  }

  /** Whether jrace runs in this JVM, started by {@code -javaagent} or by {@link #install}. */
  public static boolean running() {
    return Boolean.getBoolean(Agent.STARTED);
  }

  private static File ownJar() {
    File jar;
    try {
      jar = new File(JRace.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception e) {
      throw new IllegalStateException("jrace: cannot tell which jar JRace came from: " + e);
    }
    try (JarFile f = new JarFile(jar)) {
      if (f.getManifest() != null && f.getManifest().getMainAttributes().getValue("Agent-Class") != null) {
        return jar;
      }
    } catch (java.io.IOException e) {
      // not a jar: a class directory
    }
    throw new IllegalStateException("jrace: JRace must be loaded from race.jar to install it; it came from " + jar);
  }
}
