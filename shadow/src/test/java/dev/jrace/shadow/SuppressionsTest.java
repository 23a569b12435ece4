package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code race:PATTERN} lines, matched against a race's variable and both its stacks. */
class SuppressionsTest {
  private static final ThreadInfo T = new ThreadInfo(null, "t", null);
  private static final Site INC = new Site("com.acme.Counter", "inc", "Counter.java", 12, "com.acme.Counter.count");
  private static final Site GET = new Site("com.acme.Counter", "get", "Counter.java", 20, "com.acme.Counter.count");
  private static final StackTraceElement[] STACK = {
    new StackTraceElement("com.acme.Counter", "inc", "Counter.java", 12),
    new StackTraceElement("com.acme.legacy.Batch", "run", "Batch.java", 40),
  };
  private static final Race RACE = new Race("com.acme.Counter.count",
      new Access(true, INC, T, STACK), new Access(false, GET, T, null));

  private static boolean suppressed(String... lines) {
    return Suppressions.parse(List.of(lines), "test.supp").suppresses(RACE);
  }

  @Test
  void aPatternMatchesTheVariableOrAnyFrameOfEitherStack() {
    assertTrue(suppressed("race:com.acme.Counter.count"));
    assertTrue(suppressed("race:com.acme.legacy.*"), "a frame deep in the current stack");
    assertTrue(suppressed("race:com.acme.Counter.get"), "the previous access's frame");
    assertTrue(suppressed("race:*.Counter.c?unt"));
    assertFalse(suppressed("race:com.acme.Counter"), "a whole name, not a prefix");
    assertFalse(suppressed("race:com.acme.Other.*"));
  }

  @Test
  void commentsAndBlankLinesAreSkipped() {
    assertTrue(suppressed("# benign: a statistics counter", "", "  race:com.acme.Counter.count  "));
    assertFalse(suppressed("# race:com.acme.Counter.count"));
  }

  @Test
  void aJdkObjectIsMatchedByItsClassAndTheFieldHoldingIt() {
    Site put = new Site("com.acme.Cache", "put", "Cache.java", 3, "com.acme.Cache.map", "put");
    Race onMap = new Race("java.util.HashMap@1f", "com.acme.Cache.map", "java.util.HashMap",
        new Access(true, put, T, null), new Access(true, put, T, null));
    assertTrue(Suppressions.parse(List.of("race:java.util.HashMap"), "f").suppresses(onMap));
    assertTrue(Suppressions.parse(List.of("race:com.acme.Cache.map"), "f").suppresses(onMap));
  }

  @Test
  void aBadLineIsAnErrorNamingFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Suppressions.parse(List.of("# ok", "race:com.acme.*", "called_from_lib:libfoo"), "my.supp"));
    assertEquals("suppressions my.supp:3: \"called_from_lib:libfoo\" is not race:PATTERN"
        + " (a class, method, field or frame name; wildcards * ?)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Suppressions.parse(List.of("race:"), "f"));
    assertThrows(IllegalArgumentException.class, () -> Suppressions.parse(List.of("race:a/b"), "f"));
  }
}
