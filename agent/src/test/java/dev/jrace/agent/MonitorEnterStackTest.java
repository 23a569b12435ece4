package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jrace.shadow.SiteTable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * At every monitorenter the operand stack holds what it held before instrumentation, nothing
 * more: a virtual thread blocked there unmounts with its frames (JDK 24+, JEP 491), and with a
 * copy of the lock kept on the stack across it JDK 25 corrupted its heap under load.
 */
class MonitorEnterStackTest {
  /** JDK classes whose synchronization jrace watches, with synchronized blocks of their own. */
  @ParameterizedTest
  @ValueSource(strings = {
    "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.CopyOnWriteArrayList",
    "java.util.Collections$SynchronizedMap", "java.util.Collections$SynchronizedCollection",
    "java.util.Timer", "java.util.TimerThread",
  })
  void jdkCodeKeepsTheStackOfEachMonitorEnter(String name) throws Exception {
    byte[] original = jdkClass(name);
    ClassInstrumenter instrumenter = new ClassInstrumenter(new ClassHierarchy(),
        new ClassFilter(new String[0], new String[0]), new SiteTable(), true);
    assertSameStacks(original, instrumenter.instrumentSynchronization(original, null));
  }

  /** Program classes: a block on a field, on a Class object, nested, with an exception in it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "racetest.rules.Target", "racetest.NoRaceStaticSyncAndClassBlock", "racetest.RacyTwoLocks",
    "racetest.NoRaceExceptionInSync", "racetest.NoRaceWaitNotifyAll",
  })
  void programCodeKeepsTheStackOfEachMonitorEnter(String name) throws Exception {
    String prefix = name.substring(0, name.lastIndexOf('.') + 1);
    InstrumentingLoader loader = new InstrumentingLoader(prefix, new SiteTable());
    assertSameStacks(InstrumentingLoader.classBytes(name), loader.instrument(name));
  }

  private static void assertSameStacks(byte[] original, byte[] instrumented) throws AnalyzerException {
    Map<String, List<Integer>> before = monitorEnterStacks(original);
    assertTrue(!before.isEmpty(), "the class has no synchronized block");
    assertEquals(before, monitorEnterStacks(instrumented));
  }

  /** For each method with monitorenters, the operand stack size at each, in code order. */
  private static Map<String, List<Integer>> monitorEnterStacks(byte[] bytes) throws AnalyzerException {
    ClassNode c = new ClassNode();
    new ClassReader(bytes).accept(c, 0);
    Map<String, List<Integer>> stacks = new LinkedHashMap<>();
    for (MethodNode m : c.methods) {
      if (m.name.startsWith("$jrace$")) {
        continue;
      }
      Frame<BasicValue>[] frames = new Analyzer<>(new BasicInterpreter()).analyze(c.name, m);
      List<Integer> sizes = new ArrayList<>();
      for (int i = 0; i < m.instructions.size(); i++) {
        AbstractInsnNode insn = m.instructions.get(i);
        if (insn.getOpcode() == Opcodes.MONITORENTER && frames[i] != null) {
          sizes.add(frames[i].getStackSize());
        }
      }
      if (!sizes.isEmpty()) {
        stacks.put(m.name + m.desc, sizes);
      }
    }
    return stacks;
  }

  private static byte[] jdkClass(String name) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(name.replace('.', '/') + ".class")) {
      return in.readAllBytes();
    }
  }
}
