package dev.jrace.shadow;

/**
 * Marks the making of a race report (stack traces, history, printing, listeners) as jrace's own
 * work, so that the JDK synchronization it runs is not taken for the program's: the runtime's
 * Guard. Finding a race needs none of that, so the detector's rules run unguarded. A no-op where
 * there is no runtime (the shadow core's own tests).
 */
public interface ReportGuard {
  /** False when the thread is inside jrace already (and then must not exit). */
  boolean enter();

  void exit();

  ReportGuard NONE = new ReportGuard() {
    @Override
    public boolean enter() {
      return false;
    }

    @Override
    public void exit() {
    }
  };
}
