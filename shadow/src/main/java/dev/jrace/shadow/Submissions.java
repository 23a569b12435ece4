package dev.jrace.shadow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Where each pool task was submitted, looked up by the thread that runs it. A fixed table
 * indexed by the task's identity hash, holding tasks weakly: a slot is overwritten by a later
 * task with the same index, so with very many tasks pending some run with their origin
 * unknown; a report then shows none rather than a wrong one (the slot checks its task).
 */
public final class Submissions {
  private static final int SIZE = 1 << 13;
  private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(Submission[].class);
  private final Submission[] slots = new Submission[SIZE];

  /** {@code task} is being handed to an executor by {@code t}, now. */
  public void submitted(Object task, ThreadState t) {
    SLOT.setRelease(slots, WeakIdentityMap.hash(task) & (SIZE - 1), t.submission(task));
  }

  /** The submission of {@code task}, or null when it is not known. */
  Submission of(Object task) {
    Submission s = (Submission) SLOT.getAcquire(slots, WeakIdentityMap.hash(task) & (SIZE - 1));
    return s != null && s.get() == task ? s : null;
  }

  /**
   * {@code t} starts running {@code task}: returns what {@link ThreadState#endTask} takes when
   * it is over, or -1 when where it came from is not known (nothing to end then).
   */
  public int begin(Object task, ThreadState t) {
    Submission s = of(task);
    return s == null ? -1 : t.beginTask(s);
  }
}
