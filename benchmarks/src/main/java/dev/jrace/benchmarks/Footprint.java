package dev.jrace.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * The memory side of a benchmark, in a JVM of its own (started by {@link Compare} once per mode,
 * with or without the agent): runs the {@code @Benchmark} method outside JMH, first for a warmup,
 * then, after a full GC and a reset of the peaks, for a measured stretch, and prints one line:
 * <pre>jrace-footprint ops=N msPerOp=T peakHeapBytes=H peakLiveBytes=L peakRssKb=R</pre>
 * where H is the sum of the peak usage of the heap memory pools during the measured stretch, L the
 * largest heap use right after a garbage collection during it (what survives: the live data,
 * shadows included, rather than how much garbage the young generation held), and
 * R is VmHWM from /proc/self/status (the peak resident set; reset through
 * /proc/self/clear_refs after the warmup where the kernel allows it, so the same stretch; the
 * whole life of the process otherwise, which the line says with {@code rssReset=false}).
 *
 * <p>Usage: {@code Footprint CLASS.METHOD WARMUP_MS MEASURE_MS}; at least 2 warmup operations and
 * 3 measured ones whatever the times.
 */
public final class Footprint {
  private Footprint() {}

  public static void main(String[] args) throws Throwable {
    if (args.length != 3) {
      System.err.println("usage: Footprint CLASS.METHOD WARMUP_MS MEASURE_MS");
      System.exit(2);
    }
    String name = args[0];
    long warmupMs = Long.parseLong(args[1]);
    long measureMs = Long.parseLong(args[2]);
    int dot = name.lastIndexOf('.');
    Class<?> type = Class.forName(name.substring(0, dot));
    Object state = type.getDeclaredConstructor().newInstance();
    Method benchmark = null;
    for (Method m : type.getMethods()) {
      if (m.isAnnotationPresent(Setup.class)) {
        invoke(m, state);
      }
      if (m.getName().equals(name.substring(dot + 1)) && m.isAnnotationPresent(Benchmark.class)
          && m.getParameterCount() == 0) {
        benchmark = m;
      }
    }
    if (benchmark == null) {
      throw new IllegalArgumentException("no @Benchmark method without parameters: " + name);
    }
    long sink = 0;
    sink += repeat(benchmark, state, warmupMs, 2)[1];

    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
    boolean rssReset = resetPeakRss();
    AtomicLong peakLive = new AtomicLong(usedHeap());
    watchCollections(peakLive);

    long start = System.nanoTime();
    long[] measured = repeat(benchmark, state, measureMs, 3);
    double msPerOp = (System.nanoTime() - start) / 1e6 / measured[0];
    sink += measured[1];
    System.gc();
    peakLive.accumulateAndGet(usedHeap(), Math::max);

    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(String.format(Locale.ROOT,
        "jrace-footprint ops=%d msPerOp=%.3f peakHeapBytes=%d peakLiveBytes=%d peakRssKb=%d"
            + " rssReset=%b sink=%d",
        measured[0], msPerOp, peakHeap, peakLive.get(), vmHwmKb(), rssReset, sink & 1));
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Keeps in {@code peakLive} the largest heap use after any collection from now on. */
  private static void watchCollections(AtomicLong peakLive) {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long after = 0;
            for (var usage : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
              if (isHeapPool(usage.getKey())) {
                after += usage.getValue().getUsed();
              }
            }
            peakLive.accumulateAndGet(after, Math::max);
          }
        }, null, null);
      }
    }
  }

  private static boolean isHeapPool(String name) {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getName().equals(name)) {
        return pool.getType() == MemoryType.HEAP;
      }
    }
    return false;
  }

  /** Runs the benchmark until both {@code ms} have passed and {@code minOps} ran: {ops, digest}. */
  private static long[] repeat(Method benchmark, Object state, long ms, int minOps) throws Throwable {
    long deadline = System.nanoTime() + ms * 1_000_000L;
    long ops = 0;
    long digest = 0;
    while (ops < minOps || System.nanoTime() < deadline) {
      Object r = invoke(benchmark, state);
      digest += r == null ? 0 : r.hashCode();
      ops++;
    }
    return new long[] {ops, digest};
  }

  private static Object invoke(Method m, Object state) throws Throwable {
    try {
      return m.invoke(state);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Writes 5 to /proc/self/clear_refs, which resets VmHWM to the current RSS (Linux 4.0+). */
  private static boolean resetPeakRss() {
    try {
      Files.write(Paths.get("/proc/self/clear_refs"), "5".getBytes(StandardCharsets.US_ASCII));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** VmHWM in kB, or -1 where there is no /proc/self/status. */
  static long vmHwmKb() {
    Path status = Paths.get("/proc/self/status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.substring(6).trim().split("\\s+")[0]);
        }
      }
    } catch (Exception e) {
      // no procfs
    }
    return -1;
  }
}
