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

  /**
   * Class files ASM cannot read (garbage, a class file cut short, one with the magic number and
   * nothing after) are copied as they were, each named on one line of stderr; the good ones
   * beside them are instrumented, and the run succeeds.
   */
  @Test
  void classFilesThatCannotBeReadAreCopiedAsTheyWere(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("in");
    Path good = in.resolve("racetest/RacyCounter.class");
    Files.createDirectories(good.getParent());
    byte[] real = Files.readAllBytes(ForkedJvm.CLASSES.resolve("racetest/RacyCounter.class"));
    Files.write(good, real);
    java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
    bad.put("bad/Garbage.class", "this is not a class file at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    bad.put("bad/Truncated.class", java.util.Arrays.copyOf(real, real.length / 2));
    bad.put("bad/MagicOnly.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
    bad.put("bad/Empty.class", new byte[0]);
    for (java.util.Map.Entry<String, byte[]> e : bad.entrySet()) {
      Files.createDirectories(in.resolve(e.getKey()).getParent());
      Files.write(in.resolve(e.getKey()), e.getValue());
    }
    Path out = dir.resolve("out");
    ForkedJvm.Result r = instrument(in.toString(), out.toString());
    assertEquals(0, r.exitCode(), r.all());
    assertEquals("jrace: 1 classes instrumented, 0 left as they were (nothing to watch or not instrumentable), 4 failed\n",
        r.stdout(), r.all());
    List<String> lines = r.stderr().lines().toList();
    assertEquals(4, lines.size(), r.all());
    for (java.util.Map.Entry<String, byte[]> e : bad.entrySet()) {
      assertTrue(lines.stream().anyMatch(l -> l.startsWith("jrace: could not instrument " + e.getKey() + ", copied as it was: ")),
          r.all());
      assertTrue(java.util.Arrays.equals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey()))), e.getKey());
    }
    assertEquals("", verify(Files.readAllBytes(out.resolve("racetest/RacyCounter.class"))));
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
