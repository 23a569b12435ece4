package bench.workloads;

/** Array kernels: element reads and writes on int[] and double[]. */
public final class ArrayKernels {
  private ArrayKernels() {}

  /** In-place prefix sums over an int[]: one read and one write per element. */
  public static final class PrefixSum {
    private final int[] data;

    public PrefixSum(int length) {
      data = new int[length];
      for (int i = 0; i < length; i++) {
        data[i] = (i * 31) % 17;
      }
    }

    /** Refills the array, then turns it into its prefix sums; returns the last one. */
    public int run() {
      int[] a = data;
      for (int i = 0; i < a.length; i++) {
        a[i] = i & 15;
      }
      for (int i = 1; i < a.length; i++) {
        a[i] += a[i - 1];
      }
      return a[a.length - 1];
    }
  }

  /** Dense n x n matrix multiply over row-major double[]: 2 n^3 reads, n^2 writes. */
  public static final class MatMul {
    private final int n;
    private final double[] a;
    private final double[] b;
    private final double[] c;

    public MatMul(int n) {
      this.n = n;
      a = new double[n * n];
      b = new double[n * n];
      c = new double[n * n];
      for (int i = 0; i < n * n; i++) {
        a[i] = (i % 7) * 0.25;
        b[i] = (i % 5) * 0.5;
      }
    }

    /** c = a * b (i-k-j order); returns the trace of c. */
    public double run() {
      for (int i = 0; i < n; i++) {
        int row = i * n;
        for (int j = 0; j < n; j++) {
          c[row + j] = 0;
        }
        for (int k = 0; k < n; k++) {
          double aik = a[row + k];
          int krow = k * n;
          for (int j = 0; j < n; j++) {
            c[row + j] += aik * b[krow + j];
          }
        }
      }
      double trace = 0;
      for (int i = 0; i < n; i++) {
        trace += c[i * n + i];
      }
      return trace;
    }
  }
}
