package dev.jrace.thunks;

import dev.jrace.shadow.Log;
import dev.jrace.shadow.RaceRuntime;
import dev.jrace.shadow.SyncClock;
import dev.jrace.shadow.SyncLocations;
import dev.jrace.shadow.ThreadState;
import java.lang.invoke.VarHandle;

/**
 * Synchronization through memory locations: volatile fields, Unsafe and VarHandle atomics, in
 * the program and in the JDK's java.util.concurrent alike. A read-like access acquires the
 * location's clock after it happens, a write-like one releases into it before, an atomic
 * update does both; so a lock, a latch, a queue or a future built on them orders what the JDK
 * promises it orders. These thunks fetch the thread state themselves (JDK methods have no local
 * for it) and do nothing while the thread is inside jrace. {@code program} says the access is
 * in the program's code; otherwise it is in the JDK's, and counts only on the program's objects.
 */
public final class SyncThunks {
  public static final int READ = 1;
  public static final int WRITE = 2;
  public static final int UPDATE = READ | WRITE;
  private static final SyncLocations LOCATIONS = RaceRuntime.LOCATIONS;
  /** The location of an executor's termination, apart from any field's (offsets are never negative). */
  private static final long TERMINATION = -2;
  /** What a JDK monitor thunk sees: a monitorenter, a synchronized method's lock, a release. */
  private static final int ENTERED = 0;
  private static final int HELD = 1;
  private static final int LEAVING = 2;

  private SyncThunks() {}

  /**
   * Initializes the runtime classes these thunks use, before any JDK class calls them: their
   * own initialization runs java.util.concurrent code and must not meet itself half made.
   */
  public static void prepare() {
    Guard.exit();
    Thunks.current();
    Locations.field(0);
  }

  /** The id the instrumenter passes for a volatile field. */
  public static int volatileField(String declaringClass, String name, boolean isStatic) {
    return Locations.registerField(declaringClass, name, isStatic);
  }

  /** After reading volatile field {@code field} of {@code receiverOrClass}. */
  public static void volatileRead(Object receiverOrClass, int field, boolean program) {
    if (receiverOrClass != null) {
      fieldAccess(receiverOrClass, field, READ, program);
    }
  }

  /** Before writing volatile field {@code field} of {@code receiverOrClass}. */
  public static void volatileWrite(Object receiverOrClass, int field, boolean program) {
    if (receiverOrClass != null) {
      fieldAccess(receiverOrClass, field, WRITE, program);
    }
  }

  /** Before an Unsafe access of (o, offset) with {@code mode}. */
  public static void unsafeBefore(Object o, long offset, int mode, boolean program) {
    if (o != null && (mode & WRITE) != 0) {
      at(o, offset, WRITE, program);
    }
  }

  /** After an Unsafe access of (o, offset) with {@code mode}. */
  public static void unsafeAfter(Object o, long offset, int mode, boolean program) {
    if (o != null && (mode & READ) != 0) {
      at(o, offset, READ, program);
    }
  }

  /**
   * Before a VarHandle access: {@code first} is its first coordinate when that is an object
   * (receiver or array), {@code second} its second when that is an int (array index).
   */
  public static void varHandleBefore(Object vh, Object first, int second, Class<?> caller, int mode,
      boolean program) {
    if ((mode & WRITE) != 0) {
      varHandle(vh, first, second, caller, WRITE, program);
    }
  }

  public static void varHandleAfter(Object vh, Object first, int second, Class<?> caller, int mode,
      boolean program) {
    if ((mode & READ) != 0) {
      varHandle(vh, first, second, caller, READ, program);
    }
  }

  /**
   * After monitorenter in JDK code; {@code identityHash} is the lock's identity hash, taken
   * before it (see MonitorClocks).
   */
  public static void monitorEnter(Object lock, int identityHash) {
    monitor(lock, identityHash, ENTERED);
  }

  /**
   * At the start of a synchronized JDK method (a ByteArrayInputStream's read): the lock is held
   * already, so it is hashed only when this thread did not use it lately.
   */
  public static void monitorEnter(Object lock) {
    monitor(lock, 0, HELD);
  }

  /** Before monitorexit in JDK code, and at each return of a synchronized JDK method. */
  public static void monitorExit(Object lock) {
    monitor(lock, 0, LEAVING);
  }

  /**
   * A JDK monitor counts when the program synchronizes on its object. Never throws from inside
   * (see Thunks.monitorEnter).
   */
  private static void monitor(Object lock, int identityHash, int event) {
    int[] inside = lock == null ? null : Guard.enter();
    if (inside == null) {
      return;
    }
    try {
      ThreadState t = Thunks.current();
      if (event == ENTERED) {
        if (program(LOCATIONS.entered(lock, identityHash, t))) {
          Thunks.monitorEnter(lock, identityHash, t);
        }
      } else if (program(LOCATIONS.of(lock, t))) {
        if (event == HELD) {
          Thunks.monitorEnter(lock, t);
        } else {
          Thunks.monitorExit(lock, t);
        }
      }
    } catch (Throwable e) {
      Thunks.contained(e);
    } finally {
      inside[0] = 0; // no call: leaving cannot fail (Guard)
    }
  }

  /** Before {@code start()} in JDK code (a pool starting its worker). */
  public static void threadStart(Object maybeThread) {
    int[] inside = Guard.enter();
    if (inside != null) {
      try {
        Thunks.threadStart(maybeThread, Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * Before a plain store into an element of a reference array whose elements JDK code also
   * updates atomically: the location is the one a VarHandle or Unsafe access of it names.
   */
  public static void elementWrite(Object array, int index) {
    int[] inside;
    if (array != null && index >= 0 && (inside = Guard.enter()) != null) {
      try {
        sync(array, Locations.referenceElement(index), WRITE, false);
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** After {@code Thread.interrupted()} in JDK code answered {@code wasInterrupted}. */
  public static void interrupted(boolean wasInterrupted) {
    int[] inside;
    if (wasInterrupted && (inside = Guard.enter()) != null) {
      try {
        Thunks.interrupted(true, Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * A task of a thread-per-task executor (the virtual-thread one) has ended: what it did happens
   * before the executor is seen terminated. The JDK links each task's end to termination through
   * the counter of a ConcurrentHashMap, which jrace does not watch (see JdkSynchronization).
   */
  public static void taskEnded(Object executor) {
    int[] inside;
    if (executor != null && (inside = Guard.enter()) != null) {
      try {
        LOCATIONS.of(executor).clock(TERMINATION).release(Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** After awaitTermination or isTerminated answered {@code terminated} on such an executor. */
  public static boolean terminationSeen(boolean terminated, Object executor) {
    int[] inside;
    if (terminated && executor != null && (inside = Guard.enter()) != null) {
      try {
        SyncClock c = LOCATIONS.of(executor).existing(TERMINATION);
        if (c != null) {
          c.acquire(Thunks.current());
        }
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
    return terminated;
  }

  /**
   * The shutdown hooks are about to start. When the thread starting them is the JVM's
   * {@code DestroyJavaVM} (main returned, rather than a thread calling System.exit), the JVM
   * has waited for every non-daemon thread to end: what they did happens before the hooks.
   */
  public static void shutdownHooksStarting() {
    int[] inside;
    if (Thread.currentThread().getName().equals("DestroyJavaVM") && (inside = Guard.enter()) != null) {
      try {
        RaceRuntime.THREAD_EDGES.allNonDaemonEnded(Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** {@code task} is being handed to an executor: where, for reports on what it does. */
  public static void taskSubmitted(Object task) {
    int[] inside;
    if (task != null && (inside = Guard.enter()) != null) {
      try {
        RaceRuntime.SUBMISSIONS.submitted(task, Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * A pool thread starts running {@code task}; returns what {@link #taskEnds} takes when it is
   * over (-1: nothing to end).
   */
  public static int taskBegins(Object task) {
    int[] inside;
    if (task != null && (inside = Guard.enter()) != null) {
      try {
        return RaceRuntime.SUBMISSIONS.begin(task, Thunks.current());
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
    return -1;
  }

  /** The task {@link #taskBegins} began is over. */
  public static void taskEnds(int begun) {
    int[] inside;
    if (begun >= 0 && (inside = Guard.enter()) != null) {
      try {
        Thunks.current().endTask(begun);
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  private static void fieldAccess(Object receiverOrClass, int field, int mode, boolean program) {
    int[] inside = Guard.enter();
    if (inside == null) {
      return;
    }
    try {
      Locations.FieldRef f = Locations.field(field);
      if (!f.resolved) {
        Locations.resolve(f, receiverOrClass);
      }
      Object base = f.isStatic ? f.staticBase : receiverOrClass;
      sync(base != null ? base : receiverOrClass, f.offset, mode, program);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      inside[0] = 0; // no call: leaving cannot fail (Guard)
    }
  }

  private static void at(Object o, long offset, int mode, boolean program) {
    int[] inside = Guard.enter();
    if (inside == null) {
      return;
    }
    try {
      sync(o, offset, mode, program);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      inside[0] = 0; // no call: leaving cannot fail (Guard)
    }
  }

  private static void varHandle(Object vh, Object first, int second, Class<?> caller, int mode,
      boolean program) {
    int[] inside;
    if (!(vh instanceof VarHandle handle) || (inside = Guard.enter()) == null) {
      return;
    }
    try {
      Locations.VarHandleRef r = Locations.handle(handle, caller);
      switch (r.kind) {
        case Locations.VarHandleRef.STATIC -> sync(r.staticBase, r.offset, mode, program);
        case Locations.VarHandleRef.INSTANCE -> {
          if (first != null) {
            sync(first, r.offset, mode, program);
          }
        }
        case Locations.VarHandleRef.ARRAY -> {
          if (first != null) {
            sync(first, r.offset + ((long) second << r.shift), mode, program);
          }
        }
        default -> sync(first != null ? first : vh, Locations.WHOLE, mode, program);
      }
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      inside[0] = 0; // no call: leaving cannot fail (Guard)
    }
  }

  /** {@code program}: the access is in the program's own code, so the object is the program's. */
  private static void sync(Object base, long offset, int mode, boolean program) {
    ThreadState t = Thunks.current();
    SyncLocations.Slots slots = LOCATIONS.of(base, t); // often a monitor it holds
    if (program && slots.program() == null) {
      slots.decide(true);
    }
    if (!program(slots)) {
      return;
    }
    if (mode == WRITE) {
      slots.clock(offset).release(t);
    } else {
      SyncClock c = slots.existing(offset);
      if (c != null) {
        c.acquire(t);
      }
    }
  }

  private static boolean program(SyncLocations.Slots slots) {
    Boolean program = slots.program();
    if (program == null) {
      program = Callers.program();
      slots.decide(program);
    }
    return program;
  }
}
