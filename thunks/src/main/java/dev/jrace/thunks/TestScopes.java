package dev.jrace.thunks;

import dev.jrace.shadow.RaceListeners;
import dev.jrace.shadow.RaceSink;
import dev.jrace.shadow.ThreadState;

/**
 * What a test framework's hook (jrace's JUnit extension) uses to lay each race at the door of
 * the test during which it happened: the calling thread works for a scope (a number the hook
 * gives each test), threads it starts and pool tasks it submits work for the same scope, and
 * a listener hears each race reported on the thread that found it, where {@link #current}
 * says which scope that thread works for.
 */
public final class TestScopes {
  private TestScopes() {}

  /** The calling thread works for {@code scope} from now on (0: none); returns the scope it worked for. */
  public static int enter(int scope) {
    int[] inside = Guard.enter();
    try {
      ThreadState t = Thunks.current();
      int before = t.scope;
      t.scope = scope;
      return before;
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** The scope the calling thread works for, 0 for none. */
  public static int current() {
    int[] inside = Guard.enter();
    try {
      return Thunks.current().scope;
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** {@code listener} hears each race reported from now on. */
  public static void listen(RaceSink listener) {
    RaceListeners.add(listener);
  }
}
