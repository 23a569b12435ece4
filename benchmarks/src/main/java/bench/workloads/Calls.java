package bench.workloads;

/** Call-heavy work: many small methods, and recursion. */
public final class Calls {
  private Calls() {}

  /** Naive recursive Fibonacci: fib(n) makes about 1.6^n calls and touches no heap. */
  public static int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
  }

  /** An interface with two small implementations: virtual calls through an interface. */
  interface Op {
    int apply(int x);
  }

  static final class AddOp implements Op {
    private final int k;

    AddOp(int k) {
      this.k = k;
    }

    @Override
    public int apply(int x) {
      return x + k;
    }
  }

  static final class XorOp implements Op {
    private final int k;

    XorOp(int k) {
      this.k = k;
    }

    @Override
    public int apply(int x) {
      return x ^ k;
    }
  }

  /** Small methods: a loop of virtual calls, each a one-line method reading one final field. */
  public static final class SmallMethods {
    private final Op[] ops = {new AddOp(3), new XorOp(0x55), new AddOp(-1), new XorOp(7)};

    private static int mix(int x) {
      return x * 31 + 1;
    }

    private int step(int x, int i) {
      return mix(ops[i & 3].apply(x));
    }

    /** {@code n} rounds of three calls each; returns a digest. */
    public int run(int n) {
      int x = 1;
      for (int i = 0; i < n; i++) {
        x = step(x, i);
      }
      return x;
    }
  }
}
