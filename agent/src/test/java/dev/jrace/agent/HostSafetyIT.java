package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The detector must not change what a program does or sees, nor stop it from finishing. */
class HostSafetyIT {
  @Test
  void exceptionsReflectionAndSerializationLookTheSame() throws Exception {
    ForkedJvm.Result plain = ForkedJvm.runPlain("racetest.host.ExceptionsUnchanged");
    ForkedJvm.Result traced = ForkedJvm.run(null, "racetest.host.ExceptionsUnchanged");
    assertEquals(0, plain.exitCode(), plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(0, traced.exitCode(), traced.all());
    assertEquals("", traced.stderr());
  }

  /**
   * jrace's shadow members are hidden from reflection: the declared and public fields and
   * methods, getDeclaredField by a shadow's name, a reflective copy, the default
   * serialVersionUID and serialized form are as without the agent, also after another agent
   * retransformed the classes; the fields are still watched.
   */
  @Test
  void reflectionAndSerializationSeeNoneOfJracesMembers(@TempDir Path dir) throws Exception {
    Path retransformer = dir.resolve("retransformer.jar");
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().putValue("Premain-Class", "racetest.host.MembersUnchanged$Retransformer");
    manifest.getMainAttributes().putValue("Can-Retransform-Classes", "true");
    new JarOutputStream(Files.newOutputStream(retransformer), manifest).close(); // the class comes from the class path
    String second = "-javaagent:" + retransformer.toAbsolutePath();
    ForkedJvm.Result plain = ForkedJvm.java(List.of(second), Map.of(), ForkedJvm.CLASSES,
        "racetest.host.MembersUnchanged");
    ForkedJvm.Result traced = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath(), second),
        Map.of(), ForkedJvm.CLASSES, "racetest.host.MembersUnchanged");
    assertEquals(0, plain.exitCode(), plain.all());
    assertTrue(plain.stdout().contains("getDeclaredField($jrace$x): java.lang.NoSuchFieldException: $jrace$x\n"
        + "getDeclaredField($jrace$h$x): java.lang.NoSuchFieldException: $jrace$h$x\n"), plain.all());
    assertTrue(plain.stdout().contains("read back x=3 y=4 label=p next=null\nclone a=1\nretransformed\n"), plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(66, traced.exitCode(), traced.all());
    assertEquals(1, ReportParser.count(traced.stderr(), "WARNING: DATA RACE"), traced.all());
    assertTrue(traced.stderr().contains(" of racetest.host.MembersUnchanged$Point.x at "), traced.all());
  }

  /**
   * A StackOverflowError unwinding thousands of instrumented frames and an OutOfMemoryError
   * the program provokes and recovers from: the program prints what it prints without jrace,
   * no internal error, and the race after the overflow shows the worker's real two frames.
   */
  @Test
  void stackOverflowAndOutOfMemoryBehaveAsWithoutTheAgent() throws Exception {
    List<String> small = List.of("-Xmx96m", "-Xss512k");
    ForkedJvm.Result plain = ForkedJvm.java(small, Map.of(), ForkedJvm.CLASSES, "racetest.host.Faults");
    ForkedJvm.Result traced = ForkedJvm.java(List.of("-Xmx96m", "-Xss512k",
        "-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()), Map.of(), ForkedJvm.CLASSES, "racetest.host.Faults");
    assertEquals("recovered true, x 1\n", plain.stdout(), plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(66, traced.exitCode(), traced.all());
    assertFalse(traced.stderr().contains("internal error"), traced.all());
    assertTrue(traced.stderr().contains("""
        Previous write at racetest.host.Faults.afterOverflow(Faults.java:21) by thread "worker":
          at racetest.host.Faults.afterOverflow(Faults.java:21)
          at racetest.host.Faults.work(Faults.java:28)

        """), traced.all());
  }

  /**
   * StackOverflowErrors landing everywhere in recursions through what jrace watches (its thunks
   * and their slow paths, its monitor handlers, a class it instruments while the stack is
   * exhausted): the program prints what it prints without jrace (no monitor left held, nothing
   * else thrown, no hang), jrace's shadow stack, lock set and guard are as before, and afterwards
   * a race-free handoff is not reported and the one race is, with the worker's real two frames.
   * Once as the JIT compiles, once with inlining off so that every thunk is a call of its own.
   */
  @ParameterizedTest
  @ValueSource(strings = {"-XX:+Inline", "-XX:-Inline"})
  void stackOverflowsAnywhereInTheRuntimeLeaveNoTrace(String inline) throws Exception {
    String program = "racetest.host.StackOverflows";
    ForkedJvm.Result plain = ForkedJvm.java(List.of(inline), Map.of(), ForkedJvm.CLASSES, program);
    ForkedJvm.Result traced = ForkedJvm.java(List.of(inline, "-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()),
        Map.of(), ForkedJvm.CLASSES, program);
    assertEquals("overflows 480, monitors free true, shadow balanced, late 1\nhanded 42 7, racy 1\n", plain.stdout(),
        plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(66, traced.exitCode(), traced.all());
    assertEquals(1, ReportParser.count(traced.stderr(), "WARNING: DATA RACE"), traced.all());
    assertTrue(traced.stderr().contains("""
        Previous write at racetest.host.StackOverflows.afterRecovery(StackOverflows.java:184) by thread "deep":
          at racetest.host.StackOverflows.afterRecovery(StackOverflows.java:184)
          at racetest.host.StackOverflows.deep(StackOverflows.java:171)

        """), traced.all());
    assertNoOtherMessage(traced);
  }

  /**
   * OutOfMemoryErrors raised while jrace makes shadows (fields, array elements, monitors,
   * volatiles, a JDK list first touched in a full heap): none reaches the program, which sees only
   * those of its own allocations, recovers, and goes on; the objects touched meanwhile are handed
   * over race-free (not reported), and a race after recovery is reported. The warning at exit
   * shows jrace's allocations did fail.
   */
  @Test
  void outOfMemoryInTheRuntimeStaysThere() throws Exception {
    List<String> heap = List.of("-Xmx32m", "-XX:+UseSerialGC");
    String program = "racetest.host.OutOfMemory";
    ForkedJvm.Result plain = ForkedJvm.java(heap, Map.of(), ForkedJvm.CLASSES, program);
    List<String> withAgent = new java.util.ArrayList<>(heap);
    withAgent.add("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath());
    ForkedJvm.Result traced = ForkedJvm.java(withAgent, Map.of(), ForkedJvm.CLASSES, program);
    assertEquals("escaped false, sum 4223, own allocation failed true, after 2028, racy 1\n", plain.stdout(),
        plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(66, traced.exitCode(), traced.all());
    assertEquals(1, ReportParser.count(traced.stderr(), "WARNING: DATA RACE"), traced.all());
    assertTrue(traced.stderr().contains("Read of racetest.host.OutOfMemory.racy at "), traced.all());
    assertTrue(traced.stderr().contains("jrace: warning: the program ran out of stack or memory "), traced.all());
    assertNoOtherMessage(traced);
  }

  /** Nothing but the reports, the summary and the warning that jrace ran out of stack or memory. */
  private static void assertNoOtherMessage(ForkedJvm.Result r) {
    for (String line : r.stderr().split("\n")) {
      boolean report = line.isEmpty() || line.startsWith("  ") || line.startsWith("==================")
          || line.startsWith("WARNING: DATA RACE") || line.startsWith("Read of ") || line.startsWith("Write of ")
          || line.startsWith("Previous ") || line.startsWith("Thread \"") || line.startsWith("jrace: found ")
          || line.startsWith("jrace: warning: the program ran out of stack or memory ");
      assertTrue(report, "unexpected line \"" + line + "\" in\n" + r.all());
    }
  }

  /**
   * 20,000 short-lived threads in a 64 MiB heap: ids are reused and ended threads' state let go
   * (100,000 took 30.6 s and 218 MiB RSS under -Xmx128m here, against 15.8 s and 71 MiB without).
   */
  @Test
  void manyShortLivedThreadsFitInASmallHeap() throws Exception {
    ForkedJvm.Result r = ForkedJvm.java(List.of("-Xmx64m", "-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()),
        Map.of(), ForkedJvm.CLASSES, "racetest.host.Churn", "20000");
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("20000\n", r.stdout(), r.all());
    assertEquals("", r.stderr(), r.all());
  }

  /**
   * Methods that hold monitors are compiled by the JIT as without jrace: the code jrace adds
   * around monitors keeps every exception edge agreeing on the monitors held, else the JIT
   * refuses the method and it runs interpreted (10x slower) for as long as the program runs.
   */
  @Test
  void methodsThatHoldMonitorsAreCompiled() throws Exception {
    ForkedJvm.Result r = ForkedJvm.java(List.of("-Xbatch", "-XX:+PrintCompilation",
        "-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()), Map.of(), ForkedJvm.CLASSES, "racetest.host.HotMonitors");
    assertEquals(0, r.exitCode(), r.all());
    List<String> about = r.stdout().lines()
        .filter(l -> l.contains("racetest.host.HotMonitors::") || l.contains("ConcurrentHashMap::putVal")).toList();
    String seen = String.join("\n", about);
    for (String method : List.of("racetest.host.HotMonitors::block", "racetest.host.HotMonitors::method",
        "racetest.host.HotMonitors::nested", "java.util.concurrent.ConcurrentHashMap::putVal")) {
      assertTrue(about.stream().anyMatch(l -> l.matches(".*\\s4\\s+" + Pattern.quote(method) + " \\(\\d+ bytes\\)")),
          method + " not compiled by C2:\n" + seen);
    }
    assertFalse(seen.contains("COMPILE SKIPPED"), seen);
  }

  @Test
  void aSubclassMadeBySuperclassInitializationBeforeItsOwnWorks() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.host.InitOrder");
    assertEquals(ForkedJvm.runPlain("racetest.host.InitOrder").stdout(), r.stdout(), r.all());
    assertEquals("2 1 7\n", r.stdout(), r.all());
    assertEquals(0, r.exitCode(), r.all());
  }

  @Test
  void locksOnObjectsJraceAlsoShadowsDoNotDeadlock() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.host.NoDeadlock");
    assertEquals("done\n", r.stdout(), r.all());
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(r.stderr().contains(" of racetest.host.NoDeadlock.shared at "), r.all());
  }

  /**
   * Threads lock what jrace also keeps state for or reports through (Class objects, also in
   * static initializers several threads run into at once; Thread objects that others join; an
   * interned literal; a HashMap and an ArrayList jrace watches; System.err, while a race is being
   * reported) as they start and join threads and initialize classes: the program finishes (a hang
   * fails with the threads' stacks), prints what it prints without jrace, and only the unlocked
   * counter is reported.
   */
  @Test
  void locksOnWhatJraceTouchesWhileThreadsComeAndGoAndClassesLoad() throws Exception {
    String program = "racetest.host.LockTangle";
    ForkedJvm.Result plain = ForkedJvm.java(60, List.of(), Map.of(), ForkedJvm.CLASSES, program);
    ForkedJvm.Result traced = ForkedJvm.java(60, List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()), Map.of(),
        ForkedJvm.CLASSES, program);
    assertEquals("byClass 1808, byLiteral 608, byThread 0, byErr 600, inits 8, map 600, list 600\n", plain.stdout(),
        plain.all());
    assertEquals(plain.stdout(), traced.stdout(), traced.all());
    assertEquals(66, traced.exitCode(), traced.all());
    for (String line : traced.stderr().split("\n")) {
      if (line.startsWith("Read of ") || line.startsWith("Write of ")) {
        assertTrue(line.contains(" racetest.host.LockTangle.racy at "), line + "\n" + traced.all());
      }
    }
    assertTrue(traced.stderr().contains(" of racetest.host.LockTangle.racy at "), traced.all());
  }

  /**
   * A thread uses an instance field of a class another thread is still initializing (its static
   * initializer handed the instance over and waits for that thread): no deadlock. The field's
   * shadow is reached through Thunks.shadow, not through a static method of the class, which
   * would wait for its initialization.
   */
  @Test
  void aFieldOfAClassStillInitializingIsUsableFromAnotherThread() throws Exception {
    ForkedJvm.Result r = ForkedJvm.java(30, List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath()), Map.of(),
        ForkedJvm.CLASSES, "racetest.host.InitReader");
    assertEquals("6\n", r.stdout(), r.all());
  }

  /** A method near the 64 KiB limit cannot take the thunk calls: it runs uninstrumented. */
  @Test
  void methodTooLargeToInstrumentIsLeftAsItWas(@TempDir Path dir) throws Exception {
    StringBuilder src = new StringBuilder("package big; public class Huge {\n  static int a, b, c;\n"
        + "  public static void main(String[] args) {\n");
    for (int i = 0; i < 2500; i++) {
      src.append("    a = b + c + ").append(i).append(";\n");
    }
    src.append("    System.out.println(a);\n  }\n}\n");
    Path file = dir.resolve("big/Huge.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, src);
    int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", dir.toString(), file.toString());
    assertEquals(0, javac);
    ForkedJvm.Result r = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath() + "=verbose=1"),
        Map.of(), dir, "big.Huge");
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("2499\n", r.stdout(), r.all());
    assertTrue(r.stderr().contains("jrace: method too large to instrument, left as is: big/Huge.main"), r.all());
    assertTrue(r.stderr().contains("jrace: instrumented big.Huge"), r.all());
  }

  /** A named module's classes call into the runtime too: the agent lets their module read it. */
  @Test
  void classesOfNamedModulesAreInstrumented(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("src");
    Path main = src.resolve("demo/mod/Main.java");
    Files.createDirectories(main.getParent());
    Files.writeString(src.resolve("module-info.java"), "module demo.mod {}\n");
    Files.writeString(main, """
        package demo.mod;
        public class Main {
          static int shared;
          public static void main(String[] args) throws Exception {
            Thread t = new Thread(() -> shared++);
            t.start();
            shared++;
            t.join();
            System.out.println("done");
          }
        }
        """);
    Path out = dir.resolve("mods/demo.mod");
    int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", out.toString(),
        src.resolve("module-info.java").toString(), main.toString());
    assertEquals(0, javac);
    ForkedJvm.Result r = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath(),
        "--module-path", dir.resolve("mods").toString(), "-m", "demo.mod/demo.mod.Main"), Map.of(), dir, null);
    assertEquals("done\n", r.stdout(), r.all());
    assertEquals(66, r.exitCode(), r.all());
    assertTrue(r.stderr().contains(" of demo.mod.Main.shared at "), r.all());
  }

  /**
   * Bytes that are not a class file (the magic number and little else, a real class cut short,
   * garbage) reach the JVM unchanged, which rejects them itself with the error it gives without
   * jrace.
   */
  @ParameterizedTest
  @ValueSource(strings = {"magic", "truncated", "garbage"})
  void classFileAsmCannotReadIsLeftAlone(String kind, @TempDir Path dir) throws IOException, InterruptedException {
    Path bad = dir.resolve("bad/Broken.class");
    Files.createDirectories(bad.getParent());
    byte[] real = Files.readAllBytes(ForkedJvm.CLASSES.resolve("racetest/RacyCounter.class"));
    Files.write(bad, switch (kind) {
      case "magic" -> new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2};
      case "truncated" -> java.util.Arrays.copyOf(real, real.length - 40);
      default -> "not a class".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    });
    ForkedJvm.Result plain = ForkedJvm.java(List.of(), Map.of(), dir, "bad.Broken");
    ForkedJvm.Result r = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath() + "=verbose=1"),
        Map.of(), dir, "bad.Broken");
    assertTrue(r.stderr().contains("jrace: could not instrument bad.Broken, left as is"), r.all());
    String error = plain.stderr().lines().filter(l -> l.contains("Error")).findFirst().orElseThrow();
    assertTrue(r.stderr().contains(error), "without jrace: " + error + "\n" + r.all());
    assertEquals(plain.exitCode(), r.exitCode(), r.all());
  }
}
