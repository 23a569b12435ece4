package dev.jrace.agent;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a test program in a new JVM under the built race.jar (the JDK running the tests). */
final class ForkedJvm {
  static final Path AGENT = Path.of(System.getProperty("jrace.agent", "target/race.jar"));
  static final Path CLASSES = Path.of(System.getProperty("jrace.testClasses", "target/test-classes"));
  static final Path SOURCES = Path.of(System.getProperty("jrace.testSources", "src/test/java"));

  /** Exit status and everything the program printed (stdout then stderr). */
  record Result(int exitCode, String stdout, String stderr) {
    String all() {
      return "exit " + exitCode + "\n--- stdout\n" + stdout + "--- stderr\n" + stderr;
    }
  }

  private ForkedJvm() {}

  /** Under the agent, with {@code agentArgs} (null for none) and extra environment variables. */
  static Result run(String agentArgs, Map<String, String> env, String mainClass, String... args)
      throws IOException, InterruptedException {
    String agent = "-javaagent:" + AGENT.toAbsolutePath() + (agentArgs == null ? "" : "=" + agentArgs);
    return java(List.of(agent), env, CLASSES, mainClass, args);
  }

  /** Without the agent, as the baseline that instrumentation must not change. */
  static Result runPlain(String mainClass, String... args) throws IOException, InterruptedException {
    return java(List.of(), Map.of(), CLASSES, mainClass, args);
  }

  static Result java(List<String> jvmArgs, Map<String, String> env, Path classPath, String mainClass,
      String... args) throws IOException, InterruptedException {
    return java(120, jvmArgs, env, classPath, mainClass, args);
  }

  /**
   * The same, failing when the JVM has not ended within {@code seconds}: the message has what it
   * printed and its threads' stacks (jstack), to see where it hangs.
   */
  static Result java(int seconds, List<String> jvmArgs, Map<String, String> env, Path classPath, String mainClass,
      String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    if (mainClass != null) { // null: jvmArgs name what to run (-m module/class)
      cmd.add("-cp");
      cmd.add(classPath.toAbsolutePath().toString());
      cmd.add(mainClass);
    }
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("JRACE_OPTIONS");
    pb.environment().putAll(env);
    File out = File.createTempFile("jrace-out", ".txt");
    File err = File.createTempFile("jrace-err", ".txt");
    try {
      pb.redirectOutput(out).redirectError(err);
      Process p = pb.start();
      if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
        String threads = jstack(p.pid());
        p.destroyForcibly().waitFor();
        throw new AssertionError("timed out after " + seconds + " s: " + String.join(" ", cmd) + "\n--- stdout\n"
            + Files.readString(out.toPath(), StandardCharsets.UTF_8) + "--- stderr\n"
            + Files.readString(err.toPath(), StandardCharsets.UTF_8) + "--- jstack\n" + threads);
      }
      return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      out.delete();
      err.delete();
    }
  }

  /** The stacks of the threads of JVM {@code pid}, or why they could not be had. */
  private static String jstack(long pid) {
    try {
      Process j = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstack").toString(),
          Long.toString(pid)).redirectErrorStream(true).start();
      byte[] text = j.getInputStream().readAllBytes();
      j.waitFor(30, TimeUnit.SECONDS);
      return new String(text, StandardCharsets.UTF_8);
    } catch (IOException | InterruptedException e) {
      return "(no jstack: " + e + ")";
    }
  }

  static Result run(String agentArgs, String mainClass, String... args) throws IOException, InterruptedException {
    return run(agentArgs, Map.of(), mainClass, args);
  }
}
