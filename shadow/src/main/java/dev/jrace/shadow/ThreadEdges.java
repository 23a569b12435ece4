package dev.jrace.shadow;

/**
 * Happens-before through threads' lives: what a parent did before {@code start()} happens before
 * the child's first action, a thread's last action happens before whoever sees it ended
 * ({@code join()} returning, {@code isAlive()} answering false), and an {@code interrupt()}
 * happens before whoever sees that thread interrupted. JLS 17.4.4.
 */
public final class ThreadEdges {
  private final ThreadRegistry registry;
  private final WeakIdentityMap<Start> starts = new WeakIdentityMap<>();
  private final WeakIdentityMap<ThreadState> states = new WeakIdentityMap<>();
  private final WeakIdentityMap<SyncClock> interrupts = new WeakIdentityMap<>();

  /** What a parent published for its child, kept until the child first runs instrumented code. */
  private static final class Start {
    final StackTraceElement[] createdAt;
    volatile VectorClock clock;
    /** The scope (test) of the parent: the child works for it too. */
    volatile int scope;

    Start(StackTraceElement[] createdAt) {
      this.createdAt = createdAt;
    }
  }

  public ThreadEdges(ThreadRegistry registry) {
    this.registry = registry;
  }

  /** The state of the calling thread, made on its first instrumented action. */
  public ThreadState attach(Thread current) {
    ThreadState known = states.get(current);
    if (known != null) {
      return known;
    }
    Start start = starts.get(current);
    ThreadInfo info = ThreadInfo.of(current, start == null ? null : start.createdAt);
    ThreadState t = registry.attach(info, start == null ? null : start.clock);
    if (start != null) {
      t.scope = start.scope;
      start.clock = null; // taken: the entry lives as long as the thread object, its clock need not
    }
    return states.putIfAbsent(current, t);
  }

  /** Called just before {@code maybeThread.start()}; does nothing if it is not a thread. */
  public void starting(Object maybeThread, ThreadState parent) {
    if (!(maybeThread instanceof Thread child)) {
      return;
    }
    StackTraceElement[] here = new Throwable().getStackTrace();
    Start start = starts.putIfAbsent(child, new Start(here));
    start.scope = parent.scope;
    start.clock = parent.snapshot();
    parent.tick();
  }

  /** Called just before {@code maybeThread.interrupt()}; does nothing if it is not a thread. */
  public void interrupting(Object maybeThread, ThreadState interrupter) {
    if (maybeThread instanceof Thread target) {
      interrupts.getOrCreate(target, SyncClock.NEW).release(interrupter);
    }
  }

  /** Called when {@code target} was seen interrupted (a true answer, an InterruptedException). */
  public void interruptSeen(Thread target, ThreadState observer) {
    SyncClock c = interrupts.get(target);
    if (c != null) {
      c.acquire(observer);
    }
  }

  /**
   * Called as the JVM's own thread ({@code DestroyJavaVM}) starts the shutdown hooks once main
   * has returned: it waited for every non-daemon thread to end, so their actions happen before
   * it starts the hooks.
   */
  public void allNonDaemonEnded(ThreadState observer) {
    observer.acquire(registry.endedNonDaemon());
  }

  /** Called when {@code child} was seen to have ended. */
  public void ended(Thread child, ThreadState observer) {
    if (child.isAlive()) {
      return;
    }
    ThreadState c = states.get(child);
    if (c != null) {
      observer.acquire(c.clock);
      registry.freeId(c);
    }
  }
}
