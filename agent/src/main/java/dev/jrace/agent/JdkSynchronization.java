package dev.jrace.agent;

import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JDK classes whose own synchronization jrace watches: java.util.concurrent, where every
 * lock, latch, queue, executor and future is built from volatile fields, atomics and monitors,
 * the synchronized wrappers of java.util.Collections, java.util.Timer, the thread builders, the
 * start of shutdown hooks, and the synchronized methods of Vector, Stack, Hashtable and StringBuffer.
 * Watching those primitives gives each API the happens-before edges its documentation
 * promises (and sometimes more, which can hide a race but never invent one). The adders
 * (Striped64) promise none and are shared by the JDK's own thread bookkeeping, so they are left
 * out: their edges would order unrelated threads.
 */
final class JdkSynchronization {
  private static final String[] COVERED = {
    "java/util/concurrent/", "java/util/Collections$Synchronized", "java/util/Timer",
    "java/lang/ThreadBuilders", // Thread.ofPlatform()/ofVirtual() start their threads here
    "java/util/Vector", "java/util/Stack", "java/util/Hashtable", "java/lang/StringBuffer",
    "jdk/internal/vm/SharedThreadContainer", // starts pool threads from JDK 21 on (JavaLangAccess.start)
    "java/lang/ApplicationShutdownHooks", // starts the shutdown hooks
  };
  private static final String[] LEFT_OUT = {
    "java/util/concurrent/atomic/Striped64", "java/util/concurrent/atomic/LongAdder",
    "java/util/concurrent/atomic/DoubleAdder", "java/util/concurrent/atomic/LongAccumulator",
    "java/util/concurrent/atomic/DoubleAccumulator",
  };

  /**
   * Methods that only keep counts (ConcurrentHashMap's size): every update of any key goes
   * through them, so watching them would order all users of a map, and make every thread that
   * ever updated it part of every clock that map hands on (slow with thousands of threads).
   */
  private static final String[] COUNTERS = {
    "java/util/concurrent/ConcurrentHashMap.addCount", "java/util/concurrent/ConcurrentHashMap.fullAddCount",
  };

  /** Of java.lang.Thread only the thread start in startVirtualThread (JDK 21 on) is watched. */
  private static final String THREAD = "java/lang/Thread";

  private JdkSynchronization() {}

  /** Whether the synchronization in this method of a covered class is watched. */
  static boolean watches(String internalName, String method) {
    if (internalName.equals(THREAD)) {
      return method.equals("startVirtualThread");
    }
    String m = internalName + "." + method;
    for (String counter : COUNTERS) {
      if (counter.equals(m)) {
        return false;
      }
    }
    return true;
  }

  static boolean covers(ClassLoader loader, String internalName) {
    if (loader != null || internalName == null) {
      return false;
    }
    boolean covered = internalName.equals(THREAD);
    for (String prefix : COVERED) {
      covered |= internalName.startsWith(prefix);
    }
    if (!covered) {
      return false;
    }
    for (String out : LEFT_OUT) {
      if (internalName.startsWith(out)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Lets java.base call the runtime (the bootstrap loader's unnamed module) and the runtime
   * name memory locations as jdk.internal.misc.Unsafe does.
   */
  static void openJavaBase(Instrumentation inst, Module runtime) {
    Module base = Object.class.getModule();
    inst.redefineModule(base, Set.of(runtime), Map.of("jdk.internal.misc", Set.of(runtime)),
        Map.of(), Set.of(), Map.of());
  }

  /** Instruments the covered classes loaded before the agent. */
  static void retransformLoaded(Instrumentation inst) {
    List<Class<?>> loaded = new ArrayList<>();
    for (Class<?> c : inst.getAllLoadedClasses()) {
      if (covers(c.getClassLoader(), c.getName().replace('.', '/')) && inst.isModifiableClass(c)) {
        loaded.add(c);
      }
    }
    try {
      inst.retransformClasses(loaded.toArray(new Class<?>[0]));
    } catch (UnmodifiableClassException | RuntimeException e) {
      dev.jrace.shadow.Log.warn("java.util.concurrent classes already loaded are not watched: " + e);
    }
  }
}
