package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/** The fields and array types the JDK's own concurrency classes update atomically (this JDK's). */
class AtomicFieldsTest {
  private static Set<String> of(String jdkClass) throws IOException {
    try (InputStream in = ClassLoader.getSystemResourceAsStream(jdkClass + ".class")) {
      ClassNode node = new ClassNode();
      new ClassReader(in).accept(node, 0);
      return AtomicFields.of(node);
    }
  }

  @Test
  void theLinksOfASkipListAreUpdatedThroughVarHandles() throws IOException {
    Set<String> fields = of("java/util/concurrent/ConcurrentSkipListMap");
    assertTrue(fields.contains("java/util/concurrent/ConcurrentSkipListMap$Node.next"), fields.toString());
    assertTrue(fields.contains("java/util/concurrent/ConcurrentSkipListMap$Index.right"), fields.toString());
  }

  @Test
  void aNestMemberSharesItsHostsFields() throws IOException {
    assertTrue(of("java/util/concurrent/ConcurrentSkipListMap$Node")
        .contains("java/util/concurrent/ConcurrentSkipListMap$Node.next"));
  }

  @Test
  void theTaskSlotsOfAForkJoinPoolAreUpdatedAtomically() throws IOException {
    assertTrue(of("java/util/concurrent/ForkJoinPool").contains("[Ljava/util/concurrent/ForkJoinTask;"));
  }

  @Test
  void aClassWithoutAtomicsHasNone() throws IOException {
    assertFalse(of("java/util/concurrent/TimeUnit").stream().anyMatch(f -> f.contains(".")));
  }
}
