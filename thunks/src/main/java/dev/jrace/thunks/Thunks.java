package dev.jrace.thunks;

import dev.jrace.shadow.ArrayShadow;
import dev.jrace.shadow.ArrayShadows;
import dev.jrace.shadow.Detector;
import dev.jrace.shadow.JdkObjects;
import dev.jrace.shadow.LateFields;
import dev.jrace.shadow.LockSets;
import dev.jrace.shadow.MonitorClocks;
import dev.jrace.shadow.Log;
import dev.jrace.shadow.ObjectShadows;
import dev.jrace.shadow.RaceRuntime;
import dev.jrace.shadow.ReportGuard;
import dev.jrace.shadow.SyncClock;
import dev.jrace.shadow.ThreadEdges;
import dev.jrace.shadow.ThreadState;
import dev.jrace.shadow.VarState;
import jdk.internal.vm.annotation.DontInline;

/**
 * The entry points instrumented code calls. Each is a few lines the JIT inlines into the
 * caller: it answers "nothing to do" (same epoch as this thread's last access, nothing to
 * acquire) on its own and sends everything else to an out-of-line slow path, where any
 * exception is contained.
 *
 * <p>Instrumented methods fetch their {@link ThreadState} once, at entry, and pass it in.
 */
public final class Thunks {
  private static final Detector DETECTOR = RaceRuntime.DETECTOR;
  private static final ThreadEdges THREADS = RaceRuntime.THREAD_EDGES;
  private static final LockSets LOCK_SETS = RaceRuntime.LOCK_SETS;
  static {
    DETECTOR.setReportGuard(new ReportGuard() { // no lambda: see WeakIdentityMap
      @Override
      public int[] enter() {
        return Guard.enter();
      }
    });
  }

  private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>() {
    @Override
    protected ThreadState initialValue() {
      int[] inside = Guard.enter();
      return inside != null ? attachGuarded(inside) : THREADS.attach(Thread.currentThread());
    }
  };

  /** Attaches with JDK-side thunks switched off, for what attaching runs of java.util.concurrent. */
  private static ThreadState attachGuarded(int[] inside) {
    try {
      return THREADS.attach(Thread.currentThread());
    } finally {
      inside[0] = 0; // no call: leaving cannot fail (Guard)
    }
  }

  private Thunks() {}

  // ---- thread state, method entry and exit

  public static ThreadState current() {
    return CURRENT.get();
  }

  public static ThreadState enter(int method) {
    ThreadState t = CURRENT.get();
    t.enter(method);
    return t;
  }

  /** Entry of a constructor, once its super() or this() call has returned. */
  public static void enter(ThreadState t, int method) {
    t.enter(method);
  }

  public static void exit(ThreadState t) {
    t.exit();
  }

  /** Entry of a static initializer: what it does happens before every use of the class (JLS 12.4.2). */
  public static ThreadState enterInitializer(int method) {
    ThreadState t = enter(method);
    t.ignore++;
    return t;
  }

  public static void exitInitializer(ThreadState t) {
    t.ignore--;
    t.exit();
  }

  // ---- fields

  public static void read(VarState v, ThreadState t, int site) {
    if (v != null && v.readEpoch != t.epoch) {
      readSlow(v, t, site, null);
    }
  }

  public static void write(VarState v, ThreadState t, int site) {
    if (v != null && v.writeEpoch != t.epoch) {
      writeSlow(v, t, site, null);
    }
  }

  /** The id the instrumenter passes for a field of a class loaded before jrace started. */
  public static int lateField(String declaringClass, String name, boolean isStatic) {
    return Locations.registerField(declaringClass, name, isStatic);
  }

  /**
   * A read of field {@code field} (a {@link #lateField} id) of {@code holder}, an object or
   * for a static field its class, whose class was loaded before jrace started.
   */
  public static void readLate(Object holder, int field, ThreadState t, int site) {
    if (holder != null) {
      VarState v = lateField(holder, field, t);
      if (v != null && v.readEpoch != t.epoch) {
        readSlow(v, t, site, null);
      }
    }
  }

  public static void writeLate(Object holder, int field, ThreadState t, int site) {
    if (holder != null) {
      VarState v = lateField(holder, field, t);
      if (v != null && v.writeEpoch != t.epoch) {
        writeSlow(v, t, site, null);
      }
    }
  }

  // ---- array elements and ranges

  public static void readElement(Object array, int index, ThreadState t, int site) {
    if (array != null) {
      ArrayShadow s = arrayShadow(array, t, site);
      if (s != null && index >= 0 && index < s.length && s.readEpoch(index) != t.epoch) {
        elementSlow(s, index, false, t, site, array);
      }
    }
  }

  public static void writeElement(Object array, int index, ThreadState t, int site) {
    if (array != null) {
      ArrayShadow s = arrayShadow(array, t, site);
      if (s != null && index >= 0 && index < s.length && s.writeEpoch(index) != t.epoch) {
        elementSlow(s, index, true, t, site, array);
      }
    }
  }

  /** A read of elements {@code [from, from + length)}; nothing unless all of it is inside the array. */
  public static void readRange(Object array, int from, int length, ThreadState t, int site) {
    if (array != null && length > 0) {
      rangeSlow(array, from, length, t, site, false);
    }
  }

  public static void writeRange(Object array, int from, int length, ThreadState t, int site) {
    if (array != null && length > 0) {
      rangeSlow(array, from, length, t, site, true);
    }
  }

  /**
   * A read of elements {@code [from, to)} by a library call (java.util.Arrays); {@code to} is
   * cut to the array's end, and -1 means the whole array.
   */
  public static void readSpan(Object array, int from, int to, ThreadState t, int site) {
    if (array != null) {
      spanSlow(array, from, to, t, site, false);
    }
  }

  public static void writeSpan(Object array, int from, int to, ThreadState t, int site) {
    if (array != null) {
      spanSlow(array, from, to, t, site, true);
    }
  }

  /** A read of every element, as {@code array.clone()} does. */
  public static void readAll(Object array, ThreadState t, int site) {
    if (array != null) {
      rangeSlow(array, 0, -1, t, site, false);
    }
  }

  // ---- JDK objects watched as a whole (a HashMap, a StringBuilder: see JdkObjects)

  /** Before a call that reads {@code receiver}, if it is a watched JDK object. */
  public static void objectRead(Object receiver, ThreadState t, int site) {
    if (receiver != null && JdkObjects.watched(receiver.getClass())) {
      VarState v = object(receiver, t);
      if (v != null && v.readEpoch != t.epoch) {
        readSlow(v, t, site, receiver);
      }
    }
  }

  /** Before a call that changes {@code receiver}, if it is a watched JDK object. */
  public static void objectWrite(Object receiver, ThreadState t, int site) {
    if (receiver != null && JdkObjects.watched(receiver.getClass())) {
      VarState v = object(receiver, t);
      if (v != null && v.writeEpoch != t.epoch) {
        writeSlow(v, t, site, receiver);
      }
    }
  }

  /** The shadow of {@code array}, or null when making it ran out of memory (the access goes unwatched, the program on). */
  private static ArrayShadow arrayShadow(Object array, ThreadState t, int site) {
    try {
      return ArrayShadows.of(array, t, site);
    } catch (Throwable e) {
      contained(e);
      return null;
    }
  }

  /** The shadow of a watched JDK object, or null when making it failed. */
  private static VarState object(Object receiver, ThreadState t) {
    try {
      return ObjectShadows.of(receiver, t);
    } catch (Throwable e) {
      contained(e);
      return null;
    }
  }

  /** The shadow of a field of a class loaded before jrace, or null when making it failed. */
  private static VarState lateField(Object holder, int field, ThreadState t) {
    try {
      return LateFields.of(holder, field, t);
    } catch (Throwable e) {
      contained(e);
      return null;
    }
  }

  // ---- synchronization
  //
  // The monitor thunks never throw from inside: they run between a monitorenter and the handler
  // that gives the monitor back, or in that handler, which covers itself (javac's), so an
  // exception from them would leave the monitor held or make the handler run again and again.

  /** At the start of a synchronized method, or back from {@code wait}: the lock is held already. */
  public static void monitorEnter(Object lock, ThreadState t) {
    if (lock != null) {
      try {
        MonitorClocks.of(lock, t).acquire(t);
      } catch (Throwable e) {
        contained(e);
      }
    }
  }

  /**
   * After {@code monitorenter}; {@code identityHash} is the lock's identity hash, taken before it
   * (see MonitorClocks).
   */
  static void monitorEnter(Object lock, int identityHash, ThreadState t) {
    if (lock != null) {
      try {
        MonitorClocks.entered(lock, identityHash, t).acquire(t);
      } catch (Throwable e) {
        contained(e);
      }
    }
  }

  /** Before {@code monitorexit}, or at every exit of a synchronized method. */
  public static void monitorExit(Object lock, ThreadState t) {
    if (lock != null) {
      int[] inside = null;
      try {
        inside = Guard.enter(); // what jrace runs is not the program's synchronization
        MonitorClocks.of(lock, t).release(t);
      } catch (Throwable e) {
        contained(e);
      } finally {
        if (inside != null) {
          inside[0] = 0; // no call: leaving cannot fail (Guard)
        }
      }
    }
  }

  /** A synchronized method's entry at {@code site}: acquires, and the lock is held. */
  public static void lock(Object lock, ThreadState t, int site) {
    monitorEnter(lock, t);
    held(lock, t, site);
  }

  /**
   * A program's {@code monitorenter} at {@code site}: acquires, and the lock is held;
   * {@code identityHash} is the lock's identity hash, taken before it.
   */
  public static void lock(Object lock, int identityHash, ThreadState t, int site) {
    monitorEnter(lock, identityHash, t);
    held(lock, t, site);
  }

  private static void held(Object lock, ThreadState t, int site) {
    if (lock != null) {
      try {
        t.lockedMonitor(lock, site, LOCK_SETS);
      } catch (Throwable e) {
        contained(e);
      }
    }
  }

  /**
   * A program's {@code monitorexit} (or synchronized method exit): no longer held, then released.
   * When no stack is left to note that it is no longer held, the holds are checked later
   * (ThreadState.staleLocks).
   */
  public static void unlock(Object lock, ThreadState t) {
    if (lock != null) {
      try {
        t.unlocked(lock, LOCK_SETS);
      } catch (Throwable e) {
        t.staleLocks = true;
        try {
          contained(e);
        } catch (Throwable again) {
          // no stack left to enter it: the release below matters more
        }
      }
    }
    try {
      monitorExit(lock, t);
    } catch (Throwable e) {
      // no stack left to enter it: this release is lost
    }
  }

  /** After a program's {@code Lock.lock()} at {@code site}: the lock is held (its edges come from java.util.concurrent). */
  public static void locked(Object lock, ThreadState t, int site) {
    if (lock != null) {
      try {
        t.locked(lock, site, LOCK_SETS); // jrace's own lock only: no guard needed
      } catch (Throwable e) {
        contained(e);
      }
    }
  }

  /** After a program's {@code Lock.tryLock}: held if it answered true. */
  public static void tryLocked(boolean acquired, Object lock, ThreadState t, int site) {
    if (acquired) {
      locked(lock, t, site);
    }
  }

  /** After a program's {@code Lock.unlock()}, or before its {@code monitorexit}. */
  public static void unlocked(Object lock, ThreadState t) {
    if (lock != null) {
      try {
        t.unlocked(lock, LOCK_SETS);
      } catch (Throwable e) {
        contained(e);
      }
    }
  }

  /** {@code Object.wait()}: releases the monitor while waiting and takes it back, also when interrupted. */
  public static void await(Object lock, long millis, int nanos, ThreadState t) throws InterruptedException {
    monitorExit(lock, t);
    try {
      if (nanos == 0) {
        lock.wait(millis);
      } else {
        lock.wait(millis, nanos);
      }
    } catch (InterruptedException | RuntimeException | Error e) {
      leftBlockingCall(e, t);
      throw e;
    } finally {
      monitorEnter(lock, t);
    }
  }

  /** {@code Thread.sleep}: an InterruptedException from it has seen the interrupt. */
  public static void sleep(long millis, int nanos, ThreadState t) throws InterruptedException {
    try {
      if (nanos == 0) {
        Thread.sleep(millis);
      } else {
        Thread.sleep(millis, nanos);
      }
    } catch (InterruptedException | RuntimeException | Error e) {
      leftBlockingCall(e, t);
      throw e;
    }
  }

  /**
   * {@code join()}, {@code join(millis)} and {@code join(millis, nanos)} of a thread: its end is
   * seen if it returns, an interrupt if an InterruptedException leaves it.
   */
  public static void join(Thread thread, long millis, int nanos, ThreadState t) throws InterruptedException {
    try {
      thread.join(millis, nanos);
    } catch (InterruptedException | RuntimeException | Error e) {
      leftBlockingCall(e, t);
      throw e;
    }
    threadObserved(thread, t);
  }

  /** Before {@code start()} on something that may be a thread. */
  public static void threadStart(Object maybeThread, ThreadState t) {
    int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
    try {
      THREADS.starting(maybeThread, t);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** After {@code join()} returned or {@code isAlive()} answered, on something that may be a thread. */
  public static void threadObserved(Object maybeThread, ThreadState t) {
    if (maybeThread instanceof Thread child) {
      int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
      try {
        THREADS.ended(child, t);
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        if (inside != null) {
          inside[0] = 0; // no call: leaving cannot fail (Guard)
        }
      }
    }
  }

  /** Before {@code interrupt()} on something that may be a thread. */
  public static void interrupting(Object maybeThread, ThreadState t) {
    int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
    try {
      THREADS.interrupting(maybeThread, t);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** After {@code Thread.interrupted()} answered {@code wasInterrupted}. */
  public static void interrupted(boolean wasInterrupted, ThreadState t) {
    if (wasInterrupted) {
      interruptSeen(Thread.currentThread(), t);
    }
  }

  /** After {@code isInterrupted()} answered {@code interrupted}, on something that may be a thread. */
  public static void isInterrupted(Object maybeThread, boolean interrupted, ThreadState t) {
    if (interrupted && maybeThread instanceof Thread target) {
      interruptSeen(target, t);
    }
  }

  private static void interruptSeen(Thread target, ThreadState t) {
    int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
    try {
      THREADS.interruptSeen(target, t);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  // ---- slow paths, out of line

  // The rules touch only jrace's own state; the report of a race they find is guarded (ReportGuard).

  @DontInline // slow paths stay out of the accessing method's compiled code
  static void readSlow(VarState v, ThreadState t, int site, Object object) {
    try {
      DETECTOR.read(v, t, site, object);
    } catch (Throwable e) {
      contained(e);
    }
  }

  @DontInline
  static void writeSlow(VarState v, ThreadState t, int site, Object object) {
    try {
      DETECTOR.write(v, t, site, object);
    } catch (Throwable e) {
      contained(e);
    }
  }

  /** An access of element {@code index} (in bounds) of {@code array}, whose shadow is {@code s}. */
  @DontInline
  static void elementSlow(ArrayShadow s, int index, boolean write, ThreadState t, int site, Object array) {
    try {
      DETECTOR.element(s, index, write, t, site, array);
    } catch (Throwable e) {
      contained(e);
    }
  }

  /**
   * Says so (once) and goes on: printing it is jrace's work, not the program's synchronization.
   * Never throws, also when the stack or the heap is what ran out.
   */
  static void contained(Throwable e) {
    int[] inside = null;
    try {
      inside = Guard.enter();
      Log.internalError(e);
    } catch (Throwable again) {
      // no stack or memory left to tell it
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /** The id instrumented code passes to {@link #shadow} for a watched instance field. */
  public static int shadowField(ClassLoader loader, String declaringClass, String shadowField) {
    return ShadowFields.register(loader, declaringClass, shadowField);
  }

  /**
   * The shadow of a watched instance field of {@code o} (null: none, the access goes
   * unwatched), made on first use; {@code named} is the class the field instruction names,
   * {@code field} the id from {@link #shadowField}.
   */
  public static VarState shadow(Object o, Class<?> named, int field) {
    if (o == null) {
      return null;
    }
    VarState v = ShadowFields.get(o, field);
    return v != null ? v : install(o, named, field);
  }

  @DontInline
  private static VarState install(Object o, Class<?> named, int field) {
    try {
      return ShadowFields.install(o, named, field);
    } catch (Throwable e) { // out of memory or stack: this access goes unwatched, the next one tries again
      contained(e);
      return null;
    }
  }

  /**
   * After {@code super.clone()}: Object.clone copied the original's shadows into the copy, so
   * both objects would share their fields' histories (a race between two different objects).
   * The copy's shadows are cleared; each is made anew on first use.
   */
  public static void cloned(Object copy) {
    int[] inside;
    if (copy != null && (inside = Guard.enter()) != null) {
      try {
        ShadowFields.clear(copy);
      } catch (Throwable e) {
        Log.internalError(e);
      } finally {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * A static field's first use: installs its shadow in the static shadow field {@code field} of
   * the class {@code lookup} is of; null when that cannot be done now.
   */
  public static VarState installStatic(java.lang.invoke.MethodHandles.Lookup lookup, String field) {
    try {
      java.lang.invoke.VarHandle h = lookup.findStaticVarHandle(lookup.lookupClass(), field, VarState.class);
      VarState made = new VarState();
      VarState won = (VarState) h.compareAndExchange((VarState) null, made);
      return won == null ? made : won;
    } catch (Throwable e) {
      contained(e);
      return null;
    }
  }

  private static void spanSlow(Object array, int from, int to, ThreadState t, int site, boolean write) {
    int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
    try {
      if (array.getClass().isArray()) {
        int length = java.lang.reflect.Array.getLength(array);
        int end = to < 0 || to > length ? length : to;
        if (from >= 0 && from < end) {
          rangeSlow(array, from, end - from, t, site, write);
        }
      }
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  private static void rangeSlow(Object array, int from, int length, ThreadState t, int site,
      boolean write) {
    int[] inside = Guard.enter(); // what jrace runs is not the program's synchronization
    try {
      if (!array.getClass().isArray()) {
        return;
      }
      ArrayShadow s = ArrayShadows.of(array, t, site);
      int end = length < 0 ? s.length : from + length;
      if (from < 0 || end > s.length || end < from) {
        return; // the operation itself will throw; it touches nothing
      }
      DETECTOR.range(s, from, end, write, t, site, array);
    } catch (Throwable e) {
      Log.internalError(e);
    } finally {
      if (inside != null) {
        inside[0] = 0; // no call: leaving cannot fail (Guard)
      }
    }
  }

  /**
   * What a blocking call made for the program threw: an InterruptedException has seen the
   * interrupt; jrace's own frames are taken out of the exception's stack trace.
   */
  private static void leftBlockingCall(Throwable e, ThreadState t) {
    if (e instanceof InterruptedException) {
      interrupted(true, t);
    }
    hideOwnFrames(e);
  }

  private static void hideOwnFrames(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    int kept = 0;
    StackTraceElement[] clean = new StackTraceElement[trace.length];
    for (StackTraceElement frame : trace) {
      if (!frame.getClassName().startsWith("dev.jrace.")) {
        clean[kept++] = frame;
      }
    }
    if (kept < trace.length) {
      e.setStackTrace(java.util.Arrays.copyOf(clean, kept));
    }
  }
}
