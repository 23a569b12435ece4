package racetest.rules;

/** Methods that leave by exceptions, for ShadowStackTest. */
public class Unwinding {
  final int value;

  Unwinding(boolean fail) {
    super();
    if (fail) {
      throw new IllegalStateException("constructor");
    }
    value = 1;
  }

  public static void recurse(int n) {
    if (n == 0) {
      throw new IllegalStateException("bottom");
    }
    recurse(n - 1);
  }

  public static synchronized void locked() {
    throw new IllegalArgumentException("locked");
  }

  public static void construct() {
    new Unwinding(true);
  }

  public static int overflow(int n) {
    return overflow(n + 1) + 1;
  }

  static class BadInit {
    static int x = 1 / Integer.parseInt("0");
  }

  public static int badInit() {
    return BadInit.x;
  }
}
