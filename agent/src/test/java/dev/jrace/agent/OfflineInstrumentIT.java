package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/** {@code java -jar race.jar instrument IN OUT}: classes as the agent rewrites them, which verify. */
class OfflineInstrumentIT {
  private static ForkedJvm.Result instrument(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("-jar", ForkedJvm.AGENT.toAbsolutePath().toString(),
        "instrument"));
    command.addAll(List.of(args));
    return ForkedJvm.java(command, Map.of(), ForkedJvm.CLASSES, null);
  }

  /** What ASM's verifier says of a class (empty: nothing wrong), resolving types from the test's class path. */
  private static String verify(byte[] classFile) {
    StringWriter problems = new StringWriter();
    CheckClassAdapter.verify(new ClassReader(classFile), OfflineInstrumentIT.class.getClassLoader(), false,
        new PrintWriter(problems));
    return problems.toString();
  }

  @Test
  void aDirectoryOfClasses(@TempDir Path out) throws Exception {
    ForkedJvm.Result r = instrument(ForkedJvm.CLASSES.toAbsolutePath().toString(), out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertTrue(r.stdout().matches("jrace: \\d+ classes instrumented, \\d+ left as they were \\(nothing to watch or"
        + " not instrumentable\\), 0 failed\n"), r.all());
    byte[] racy = Files.readAllBytes(out.resolve("racetest/RacyCounter.class"));
    assertTrue(new String(racy, java.nio.charset.StandardCharsets.ISO_8859_1).contains("dev/jrace/thunks/Thunks"));
    assertEquals("", verify(racy));
    assertEquals("", verify(Files.readAllBytes(out.resolve("racetest/report/Tasks.class"))));
  }

  @Test
  void aJar(@TempDir Path out) throws Exception {
    Path jar = Path.of(org.opentest4j.AssertionFailedError.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ForkedJvm.Result r = instrument(jar.toString(), out.resolve("out.jar").toString());
    assertEquals(0, r.exitCode(), r.all());
    try (JarFile in = new JarFile(jar.toFile()); JarFile written = new JarFile(out.resolve("out.jar").toFile())) {
      assertEquals(in.stream().filter(e -> !e.isDirectory()).count(), written.stream().count(), r.all());
      byte[] c = written.getInputStream(written.getEntry("org/opentest4j/ValueWrapper.class")).readAllBytes();
      assertEquals("", verify(c));
    }
  }

  @Test
  void badArgumentsAreOneLine() throws Exception {
    ForkedJvm.Result r = instrument("only-one");
    assertEquals(2, r.exitCode(), r.all());
    assertEquals("jrace: instrument takes two arguments, IN and OUT (a jar or a directory of classes each)\n",
        r.stderr(), r.all());
    ForkedJvm.Result missing = instrument("/no/such/file.jar", "out.jar");
    assertEquals(2, missing.exitCode(), missing.all());
    assertEquals("jrace: instrument: cannot read /no/such/file.jar\n", missing.stderr(), missing.all());
  }
}
