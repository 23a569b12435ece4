package dev.jrace.shadow;

/**
 * Marks the making of a race report (stack traces, history, printing, listeners) as jrace's own
 * work, so that the JDK synchronization it runs is not taken for the program's: the runtime's
 * Guard. Finding a race needs none of that, so the detector's rules run unguarded. A no-op where
 * there is no runtime (the shadow core's own tests).
 */
public interface ReportGuard {
  /**
   * Marks the thread inside jrace: returns the flag the caller clears ({@code inside[0] = 0}) to
   * leave, or null when the thread is inside already (and then must not clear it).
   */
  int[] enter();

  /** No runtime: nothing to mark. (No lambda: linking one runs java.util.concurrent inside jrace.) */
  ReportGuard NONE = new ReportGuard() {
    @Override
    public int[] enter() {
      return null;
    }
  };
}
