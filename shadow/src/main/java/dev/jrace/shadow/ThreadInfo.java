package dev.jrace.shadow;

import java.lang.ref.WeakReference;

/** What a report says about a thread: its name and where it was started. Holds the thread weakly. */
public final class ThreadInfo {
  private final WeakReference<Thread> thread;
  private final boolean hadThread;
  private final boolean daemon;
  private final long id;
  private volatile String name;
  private final StackTraceElement[] createdAt;
  /** The thread's history while reports may still need it; dropped some time after it ended. */
  private volatile History history;
  /** The submissions of the tasks the thread ran, kept as long as its history. */
  private volatile TaskLog tasks;

  /**
   * @param thread the thread, or null for a thread that exists only in a test
   * @param name its name now (kept for when the thread is gone)
   * @param createdAt where it was started, or null when the start was not seen
   */
  public ThreadInfo(Thread thread, String name, StackTraceElement[] createdAt) {
    this.thread = new WeakReference<>(thread);
    this.hadThread = thread != null;
    this.daemon = thread != null && thread.isDaemon();
    this.id = thread == null ? 0 : thread.getId();
    this.name = name;
    this.createdAt = createdAt;
  }

  public static ThreadInfo of(Thread thread, StackTraceElement[] createdAt) {
    return new ThreadInfo(thread, thread.getName(), createdAt);
  }

  public String name() {
    Thread t = thread.get();
    if (t != null) {
      name = t.getName();
    }
    return name;
  }

  /** How reports name the thread: {@code "pool-1-thread-2"}, or {@code #31} when it has no name (virtual threads). */
  public String label() {
    String n = name();
    return n.isEmpty() ? "#" + id : "\"" + n + "\"";
  }

  /** The thread, while it is still reachable. */
  public Thread thread() {
    return thread.get();
  }

  public boolean isAlive() {
    Thread t = thread.get();
    return t != null && t.isAlive();
  }

  /** True once a real thread has ended (or been collected); never for a thread made up by a test. */
  public boolean hasEnded() {
    return hadThread && !isAlive();
  }

  /** Whether the thread was a daemon when jrace first saw it (the JVM does not wait for daemons to end). */
  public boolean isDaemon() {
    return daemon;
  }

  public History history() {
    return history;
  }

  void history(History h) {
    history = h;
  }

  TaskLog tasks() {
    return tasks;
  }

  void tasks(TaskLog log) {
    tasks = log;
  }

  /** Lets go of what restores the thread's stacks, some time after it ended. */
  void forget() {
    if (history != null) {
      history.recycle();
    }
    history = null;
    tasks = null;
  }

  /** Where the thread was started, or null when its start was not seen. */
  public StackTraceElement[] createdAt() {
    return createdAt;
  }
}
