package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Eraser's candidate locks of a variable, and which of them a racing access did not hold. */
class GuardsTest {
  private static final String[] L = {"com.acme.R.lock"};
  private static final String[] LM = {"com.acme.R.lock", "com.acme.R.this"};
  private static final String[] NONE = {};

  @Test
  void theFirstAccessSetsTheCandidatesAndLaterOnesKeepWhatTheyAllHeld() {
    String[] g = Guards.with(null, LM);
    assertArrayEquals(LM, g);
    g = Guards.with(g, L);
    assertArrayEquals(L, g);
    assertSame(g, Guards.with(g, LM), "unchanged candidates are the same array");
    assertSame(g, Guards.with(g, NONE), "an access holding no lock is left out");
    assertArrayEquals(NONE, Guards.with(g, new String[] {"com.acme.R.other"}));
  }

  @Test
  void anAccessHoldingNoLockIsToldWhichLockTheOthersHold() {
    assertEquals(List.of("com.acme.R.lock"), Guards.missing(L, NONE));
    assertEquals(List.of(), Guards.missing(L, LM));
    assertEquals(List.of(), Guards.missing(L, new String[] {"com.acme.R.other"}), "a wrong lock shows in its line");
    assertEquals(List.of(), Guards.missing(null, NONE), "no earlier access");
    assertEquals(List.of(), Guards.missing(NONE, NONE));
  }
}
