package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  /** Bytes that are not a class file reach the JVM unchanged, which rejects them itself. */
  @Test
  void classFileAsmCannotReadIsLeftAlone(@TempDir Path dir) throws IOException, InterruptedException {
    Path bad = dir.resolve("bad/Broken.class");
    Files.createDirectories(bad.getParent());
    Files.write(bad, new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2});
    ForkedJvm.Result r = ForkedJvm.java(List.of("-javaagent:" + ForkedJvm.AGENT.toAbsolutePath() + "=verbose=1"),
        Map.of(), dir, "bad.Broken");
    assertTrue(r.stderr().contains("jrace: could not instrument bad.Broken, left as is"), r.all());
    assertTrue(r.stderr().contains("ClassFormatError"), r.all());
  }
}
