package soak;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * jrace's soak workload (issue 7): an allocation-heavy, correctly synchronized multi-threaded
 * program that runs for a fixed time and, every few seconds, prints the heap used right after a
 * full collection and the operations done. Under jrace, every object it churns has shadow state
 * (fields, arrays, monitors, JDK objects, threads) that must die with it, so the post-GC heap
 * must stay flat. See validation/soak.sh and VALIDATION.md ("Soak").
 *
 * <p>Usage: {@code java soak.Soak SECONDS SAMPLE_SECONDS OUT_DIR}. Diagnosis: {@code
 * -Dsoak.tasks=threads,arrays} runs only those tasks, {@code -Dsoak.platformOnly=true} makes no
 * virtual threads. Writes {@code samples.csv}
 * and two class histograms ({@code histo-1.txt} at a third of the run, {@code histo-2.txt} at
 * its end) to OUT_DIR; exits 1 when a self-check failed. Compiled with {@code --release 17}; on
 * JDK 21+ it also churns virtual threads (made by reflection).
 */
public final class Soak {
  static final int WORKERS = 3;
  static final int TASKS = 7;
  static final String[] TASK_NAMES = {
      "objects", "arrays", "locks", "executors", "threads", "shared", "jdkObjects"};

  /** The tasks the workers cycle through: all, or those named in -Dsoak.tasks=objects,arrays,... (diagnosis). */
  static final int[] CYCLE = cycle(System.getProperty("soak.tasks"));
  static volatile boolean stop;
  static final AtomicLong[] done = new AtomicLong[TASKS];
  static final AtomicLong errors = new AtomicLong();
  static final AtomicLong checksum = new AtomicLong();
  static final AtomicLong platformThreads = new AtomicLong();
  static final AtomicLong virtualThreads = new AtomicLong();

  static {
    for (int i = 0; i < TASKS; i++) {
      done[i] = new AtomicLong();
    }
  }

  // ---------------------------------------------------------------- long-lived shared state

  /** Long-lived pool for hand-offs (ThreadPoolExecutor). */
  static final ExecutorService POOL = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
      new LinkedBlockingQueue<>(), named("soak-pool"));
  /** Arrays replaced by compute, each satisfying a[i] == a[0] + i. */
  static final ConcurrentHashMap<Integer, long[]> TABLE = new ConcurrentHashMap<>();
  static final int TABLE_KEYS = 2048;
  /** Chains of nodes under a read-write lock; each header's sum is the sum of its chain. */
  static final Node[] RING = new Node[4096];
  static final ReentrantReadWriteLock RING_LOCK = new ReentrantReadWriteLock();
  /** Bounded skip list of recent nodes. */
  static final ConcurrentSkipListMap<Long, Node> RECENT = new ConcurrentSkipListMap<>();
  static final AtomicLong recentKeys = new AtomicLong();
  static final AtomicInteger recentSize = new AtomicInteger();
  /** Mailbox between workers: arrays with an invariant, written again by whoever takes them. */
  static final LinkedBlockingQueue<int[]> MAILBOX = new LinkedBlockingQueue<>(1024);
  static final ConcurrentLinkedQueue<Node> MESSAGES = new ConcurrentLinkedQueue<>();
  static final AtomicInteger messageCount = new AtomicInteger();
  /** Copy-on-write snapshot (a fresh object with plain fields, published by CAS). */
  static final AtomicReference<Snapshot> SNAPSHOT = new AtomicReference<>(new Snapshot(0, 0, null));
  static final Stats STATS = new Stats();

  // ---------------------------------------------------------------- data types

  static final class Node {
    long value;
    long sum;
    Node next;
    boolean visited;
    int[] payload;

    Node(long value, Node next) {
      this.value = value;
      this.next = next;
    }
  }

  static final class Counter {
    long n;
  }

  static final class Snapshot {
    long version;
    long total;
    long[] values;

    Snapshot(long version, long total, long[] values) {
      this.version = version;
      this.total = total;
      this.values = values;
    }
  }

  /** A long-lived object with a watched JDK map, used under its monitor. */
  static final class Stats {
    private final HashMap<String, long[]> perKind = new HashMap<>();
    private long updates;

    synchronized void add(String kind, long v) {
      perKind.computeIfAbsent(kind, k -> new long[2]);
      long[] a = perKind.get(kind);
      a[0]++;
      a[1] += v;
      updates++;
    }

    synchronized long updates() {
      long n = 0;
      for (long[] a : perKind.values()) {
        n += a[0];
      }
      if (n != updates) {
        fail("stats: " + n + " != " + updates);
      }
      return n;
    }
  }

  /** Result of a pool task: fresh JDK objects (watched as a whole) and a fresh array. */
  static final class Result {
    HashMap<Integer, int[]> map;
    ArrayList<String> list;
    StringBuilder text;
    TreeMap<String, Integer> sorted;
    ArrayDeque<Node> deque;
    long expected;
  }

  /** A bounded buffer on a fresh ReentrantLock and two Conditions. */
  static final class Buffer {
    final ReentrantLock lock = new ReentrantLock();
    final Condition notEmpty = lock.newCondition();
    final Condition notFull = lock.newCondition();
    final Node[] items = new Node[8];
    int head;
    int count;

    void put(Node n) throws InterruptedException {
      lock.lock();
      try {
        while (count == items.length) {
          notFull.await();
        }
        items[(head + count) % items.length] = n;
        count++;
        notEmpty.signal();
      } finally {
        lock.unlock();
      }
    }

    Node take() throws InterruptedException {
      lock.lock();
      try {
        while (count == 0) {
          notEmpty.await();
        }
        Node n = items[head];
        items[head] = null;
        head = (head + 1) % items.length;
        count--;
        notFull.signal();
        return n;
      } finally {
        lock.unlock();
      }
    }
  }

  /** Fork/join sum of an array, writing each leaf's partial sum back into a fresh array. */
  static final class SumTask extends RecursiveTask<Long> {
    private static final long serialVersionUID = 1L;
    final long[] data;
    final long[] partials;
    final int from;
    final int to;

    SumTask(long[] data, long[] partials, int from, int to) {
      this.data = data;
      this.partials = partials;
      this.from = from;
      this.to = to;
    }

    @Override
    protected Long compute() {
      if (to - from <= 256) {
        long s = 0;
        for (int i = from; i < to; i++) {
          s += data[i];
        }
        partials[from / 256] = s;
        return s;
      }
      int mid = (from + to) >>> 1;
      mid = (mid + 255) / 256 * 256;
      SumTask left = new SumTask(data, partials, from, mid);
      SumTask right = new SumTask(data, partials, mid, to);
      left.fork();
      long r = right.compute();
      return r + left.join();
    }
  }

  // ---------------------------------------------------------------- helpers

  static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      platformThreads.incrementAndGet();
      return t;
    };
  }

  static void fail(String what) {
    if (errors.incrementAndGet() <= 20) {
      System.err.println("soak: CHECK FAILED: " + what);
    }
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      fail(what);
    }
  }

  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    return x;
  }

  static Thread start(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.start();
    platformThreads.incrementAndGet();
    return t;
  }

  // ---------------------------------------------------------------- virtual threads (JDK 21+)

  static final Method OF_VIRTUAL;
  static final Method UNSTARTED;
  static final Method VIRTUAL_EXECUTOR;

  static {
    Method ofVirtual = null;
    Method unstarted = null;
    Method executor = null;
    try {
      if (Boolean.getBoolean("soak.platformOnly")) {
        throw new NoSuchMethodException("-Dsoak.platformOnly=true");
      }
      ofVirtual = Thread.class.getMethod("ofVirtual");
      unstarted = Class.forName("java.lang.Thread$Builder").getMethod("unstarted", Runnable.class);
      executor = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
    } catch (ReflectiveOperationException e) {
      ofVirtual = null; // JDK 17 (or -Dsoak.platformOnly=true): platform threads instead
      unstarted = null;
      executor = null;
    }
    OF_VIRTUAL = ofVirtual;
    UNSTARTED = unstarted;
    VIRTUAL_EXECUTOR = executor;
  }

  /** A new virtual thread (JDK 21+), or a new platform thread; not started. */
  static Thread newThread(Runnable r, String name) {
    if (OF_VIRTUAL != null) {
      try {
        Thread t = (Thread) UNSTARTED.invoke(OF_VIRTUAL.invoke(null), r);
        virtualThreads.incrementAndGet();
        return t;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    platformThreads.incrementAndGet();
    return new Thread(r, name);
  }

  // ---------------------------------------------------------------- the tasks

  /** Fresh objects with watched fields: built here, summed and rewritten in the pool, read back. */
  static void objects(long seed) throws Exception {
    Node head = null;
    long expected = 0;
    for (int i = 0; i < 300; i++) {
      long v = mix(seed + i) & 0xFFFF;
      head = new Node(v, head);
      expected += v;
    }
    Node list = head;
    Future<Long> f = POOL.submit(() -> {
      long s = 0;
      for (Node n = list; n != null; n = n.next) {
        s += n.value;
        n.value = -n.value;
        n.visited = true;
      }
      return s;
    });
    long got = f.get();
    check(got == expected, "objects: pool sum " + got + " != " + expected);
    long back = 0;
    for (Node n = list; n != null; n = n.next) {
      check(n.visited, "objects: not visited");
      back -= n.value;
    }
    check(back == expected, "objects: read back " + back + " != " + expected);
    checksum.addAndGet(got);
  }

  /** Short-lived arrays of primitives and references, handed between threads. */
  static void arrays(long seed) throws Exception {
    int n = 256 + (int) ((mix(seed) & 0x7FFFFFFF) % 3840);
    int k = (int) (seed & 0xFF) + 1;
    // int[]: made in the pool, changed in the common pool, summed here.
    int[] ints = CompletableFuture.supplyAsync(() -> {
      int[] a = new int[n];
      for (int i = 0; i < n; i++) {
        a[i] = i * k;
      }
      return a;
    }, POOL).thenApplyAsync(a -> {
      for (int i = 0; i < a.length; i++) {
        a[i] += 1;
      }
      return a;
    }).get();
    long s = 0;
    for (int v : ints) {
      s += v;
    }
    long expected = (long) k * n * (n - 1) / 2 + n;
    check(s == expected, "arrays: int[] " + s + " != " + expected);

    // long[], double[], byte[], char[]: filled here, read and written by a short-lived thread.
    long[] longs = new long[n];
    double[] doubles = new double[n / 4];
    byte[] bytes = new byte[n];
    char[] chars = new char[64];
    for (int i = 0; i < n; i++) {
      longs[i] = seed + i;
      bytes[i] = (byte) i;
    }
    for (int i = 0; i < doubles.length; i++) {
      doubles[i] = i * 0.5;
    }
    long[] out = new long[3];
    Thread t = start(() -> {
      long a = 0;
      for (int i = 0; i < longs.length; i++) {
        a += longs[i];
        longs[i] = -longs[i];
      }
      double d = 0;
      for (double v : doubles) {
        d += v;
      }
      long b = 0;
      for (byte v : bytes) {
        b += v & 0xFF;
      }
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) ('a' + i % 26);
      }
      out[0] = a;
      out[1] = (long) (d * 2);
      out[2] = b;
    }, "soak-arrays");
    t.join();
    long la = 0;
    long lb = 0;
    for (int i = 0; i < n; i++) {
      la += seed + i;
      lb += i & 0xFF;
      check(longs[i] == -(seed + i), "arrays: long[] not rewritten");
    }
    long ld = (long) doubles.length * (doubles.length - 1) / 2;
    check(out[0] == la && out[1] == ld && out[2] == lb, "arrays: thread sums");
    check(chars[27] == 'b', "arrays: char[]");

    // Object[] and Node[][] of fresh nodes: filled by pool tasks, one row each, read here.
    Node[][] grid = new Node[8][];
    Object[] boxes = new Object[8];
    List<Future<?>> fs = new ArrayList<>();
    for (int r = 0; r < grid.length; r++) {
      int row = r;
      fs.add(POOL.submit(() -> {
        Node[] line = new Node[32];
        for (int i = 0; i < line.length; i++) {
          line[i] = new Node(row * 32L + i, null);
        }
        grid[row] = line;
        boxes[row] = Long.valueOf(row);
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    long g = 0;
    for (int r = 0; r < grid.length; r++) {
      for (Node node : grid[r]) {
        g += node.value;
      }
      g += (Long) boxes[r];
    }
    check(g == 256L * 255 / 2 + 28, "arrays: grid " + g);
    checksum.addAndGet(s + la + g);
  }

  /** Fresh monitors (synchronized, wait/notify), fresh ReentrantLocks and Conditions. */
  static void locks(long seed) throws Exception {
    Object lock = new Object();
    Counter c = new Counter();
    Runnable inc = () -> {
      for (int i = 0; i < 200; i++) {
        synchronized (lock) {
          c.n++;
        }
      }
    };
    Thread a = start(inc, "soak-lock-a");
    Thread b = start(inc, "soak-lock-b");
    for (int i = 0; i < 200; i++) {
      synchronized (lock) {
        c.n++;
      }
    }
    a.join();
    b.join();
    check(c.n == 600, "locks: monitor counter " + c.n);

    // wait/notify on a fresh monitor.
    Object gate = new Object();
    Counter flag = new Counter();
    Counter seen = new Counter();
    Thread w = start(() -> {
      synchronized (gate) {
        while (flag.n == 0) {
          try {
            gate.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
        seen.n = flag.n;
      }
    }, "soak-wait");
    synchronized (gate) {
      flag.n = seed | 1;
      gate.notifyAll();
    }
    w.join();
    check(seen.n == (seed | 1), "locks: wait/notify");

    // A bounded buffer on a fresh ReentrantLock and Conditions, fresh nodes through it.
    Buffer buf = new Buffer();
    int items = 150;
    Thread p = start(() -> {
      try {
        for (int i = 0; i < items; i++) {
          Node n = new Node(i, null);
          n.payload = new int[] {i, i * 2};
          buf.put(n);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "soak-producer");
    long s = 0;
    for (int i = 0; i < items; i++) {
      Node n = buf.take();
      check(n.payload[1] == 2 * n.value, "locks: payload");
      s += n.value;
    }
    p.join();
    check(s == (long) items * (items - 1) / 2, "locks: buffer sum " + s);

    // A fresh lock shared by pool tasks, with tryLock and a Condition-free section.
    ReentrantLock rl = new ReentrantLock();
    Counter rc = new Counter();
    List<Future<?>> fs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      fs.add(POOL.submit(() -> {
        for (int j = 0; j < 50; j++) {
          rl.lock();
          try {
            rc.n += 2;
          } finally {
            rl.unlock();
          }
        }
      }));
    }
    for (Future<?> f : fs) {
      f.get();
    }
    rl.lock();
    try {
      check(rc.n == 400, "locks: ReentrantLock counter " + rc.n);
    } finally {
      rl.unlock();
    }
    checksum.addAndGet(c.n + s + rc.n);
  }

  /** Fresh ThreadPoolExecutors and ForkJoinPools, CompletableFutures, invokeAll. */
  static void executors(long seed) throws Exception {
    ThreadPoolExecutor tpe = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), named("soak-tpe"));
    try {
      List<Callable<long[]>> jobs = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        long base = seed + i;
        jobs.add(() -> {
          long[] a = new long[128];
          for (int j = 0; j < a.length; j++) {
            a[j] = base + j;
          }
          return a;
        });
      }
      long s = 0;
      for (Future<long[]> f : tpe.invokeAll(jobs)) {
        long[] a = f.get();
        s += a[127] - a[0];
      }
      check(s == 12 * 127, "executors: invokeAll " + s);
      CountDownLatch latch = new CountDownLatch(4);
      Counter[] cells = new Counter[4];
      for (int i = 0; i < 4; i++) {
        int slot = i;
        tpe.execute(() -> {
          Counter c = new Counter();
          c.n = slot + 1;
          cells[slot] = c;
          latch.countDown();
        });
      }
      latch.await();
      long cs = 0;
      for (Counter c : cells) {
        cs += c.n;
      }
      check(cs == 10, "executors: latch cells " + cs);
      checksum.addAndGet(s + cs);
    } finally {
      tpe.shutdown();
      check(tpe.awaitTermination(60, TimeUnit.SECONDS), "executors: tpe did not terminate");
    }

    ForkJoinPool fjp = new ForkJoinPool(2);
    try {
      int n = 4096;
      long[] data = new long[n];
      for (int i = 0; i < n; i++) {
        data[i] = mix(seed ^ i) & 0xFFF;
      }
      long[] partials = new long[n / 256];
      long sum = fjp.invoke(new SumTask(data, partials, 0, n));
      long exp = 0;
      for (long v : data) {
        exp += v;
      }
      long ps = 0;
      for (long v : partials) {
        ps += v;
      }
      check(sum == exp && ps == exp, "executors: fork/join " + sum + " " + ps + " " + exp);
      // CompletableFuture chains on the fresh pool and the common pool.
      CompletableFuture<Node> x = CompletableFuture.supplyAsync(() -> new Node(seed, null), fjp);
      CompletableFuture<Node> y = CompletableFuture.supplyAsync(() -> new Node(1, null));
      Node z = x.thenCombineAsync(y, (p, q) -> {
        Node r = new Node(p.value + q.value, p);
        p.sum = r.value;
        return r;
      }, fjp).get();
      check(z.value == seed + 1 && z.next.sum == seed + 1, "executors: completable future");
      checksum.addAndGet(sum + z.value);
    } finally {
      fjp.shutdown();
      check(fjp.awaitTermination(60, TimeUnit.SECONDS), "executors: fjp did not terminate");
    }
  }

  /** Short-lived threads: virtual threads on JDK 21+ (and their executor), platform threads. */
  static void threads(long seed) throws Exception {
    int n = OF_VIRTUAL != null ? 48 : 12;
    Object lock = new Object();
    Counter c = new Counter();
    ReentrantLock rl = new ReentrantLock();
    Counter rc = new Counter();
    Node[] results = new Node[n];
    Thread[] ts = new Thread[n];
    for (int i = 0; i < n; i++) {
      int slot = i;
      ts[i] = newThread(() -> {
        Node mine = new Node(slot, null);
        mine.payload = new int[16];
        mine.payload[3] = slot;
        synchronized (lock) {
          c.n++;
        }
        rl.lock();
        try {
          rc.n += slot;
        } finally {
          rl.unlock();
        }
        results[slot] = mine;
      }, "soak-thread-" + i);
    }
    for (Thread t : ts) {
      t.start();
    }
    for (Thread t : ts) {
      t.join();
    }
    long s = 0;
    for (int i = 0; i < n; i++) {
      check(results[i].payload[3] == i, "threads: result " + i);
      s += results[i].value;
    }
    check(c.n == n && rc.n == (long) n * (n - 1) / 2 && s == rc.n, "threads: counters");
    if (VIRTUAL_EXECUTOR != null && (seed & 3) == 0) {
      ExecutorService ex = (ExecutorService) VIRTUAL_EXECUTOR.invoke(null);
      List<Future<int[]>> fs = new ArrayList<>();
      try {
        for (int i = 0; i < 32; i++) {
          int v = i;
          fs.add(ex.submit(() -> {
            int[] a = new int[v + 1];
            a[v] = v;
            return a;
          }));
          virtualThreads.incrementAndGet();
        }
      } finally {
        ex.shutdown();
        check(ex.awaitTermination(60, TimeUnit.SECONDS), "threads: virtual executor did not terminate");
      }
      long vs = 0;
      for (Future<int[]> f : fs) {
        int[] a = f.get();
        vs += a[a.length - 1];
      }
      check(vs == 32 * 31 / 2, "threads: virtual executor " + vs);
    }
    checksum.addAndGet(s + c.n);
  }

  /** The long-lived shared structures: updated with fresh values, old ones dropped. */
  static void shared(long seed) throws Exception {
    for (int r = 0; r < 20; r++) {
      long x = mix(seed * 31 + r);
      int key = (int) ((x & 0x7FFFFFFF) % TABLE_KEYS);
      TABLE.compute(key, (k, old) -> {
        long start = old == null ? k : old[old.length - 1];
        long[] a = new long[16 + k % 48];
        for (int i = 0; i < a.length; i++) {
          a[i] = start + i;
        }
        return a;
      });
      long[] other = TABLE.get((key * 7 + 3) % TABLE_KEYS);
      if (other != null) {
        for (int i = 0; i < other.length; i++) {
          if (other[i] != other[0] + i) {
            fail("shared: table invariant");
            break;
          }
        }
      }

      int slot = (int) ((x >>> 32) & (RING.length - 1));
      if ((r & 1) == 0) {
        Node h = null;
        long sum = 0;
        for (int i = 0; i < 8; i++) {
          h = new Node(x + i, h);
          sum += x + i;
        }
        h.sum = sum;
        RING_LOCK.writeLock().lock();
        try {
          RING[slot] = h;
        } finally {
          RING_LOCK.writeLock().unlock();
        }
      } else {
        RING_LOCK.readLock().lock();
        try {
          Node h = RING[slot];
          if (h != null) {
            long sum = 0;
            for (Node n = h; n != null; n = n.next) {
              sum += n.value;
            }
            check(sum == h.sum, "shared: ring chain");
          }
        } finally {
          RING_LOCK.readLock().unlock();
        }
      }

      RECENT.put(recentKeys.incrementAndGet(), new Node(x, null));
      if (recentSize.incrementAndGet() > 8192) {
        if (RECENT.pollFirstEntry() != null) {
          recentSize.decrementAndGet();
        }
      }

      int[] mail = new int[32];
      mail[0] = (int) x;
      for (int i = 1; i < mail.length; i++) {
        mail[i] = mail[i - 1] + 1;
      }
      if (!MAILBOX.offer(mail)) {
        MAILBOX.poll();
      }
      int[] got = MAILBOX.poll();
      if (got != null) {
        check(got[31] == got[0] + 31, "shared: mailbox invariant");
        got[0] = 0; // written by the taker, after the hand-off
      }

      MESSAGES.add(new Node(x, null));
      if (messageCount.incrementAndGet() > 2048) {
        if (MESSAGES.poll() != null) {
          messageCount.decrementAndGet();
        }
      }

      while (true) {
        Snapshot old = SNAPSHOT.get();
        long[] vals = new long[8];
        long total = 0;
        for (int i = 0; i < vals.length; i++) {
          vals[i] = (old.values == null ? 0 : old.values[i]) + i;
          total += vals[i];
        }
        Snapshot next = new Snapshot(old.version + 1, total, vals);
        if (SNAPSHOT.compareAndSet(old, next)) {
          break;
        }
      }
      Snapshot snap = SNAPSHOT.get();
      long t = 0;
      for (long v : snap.values) {
        t += v;
      }
      check(t == snap.total, "shared: snapshot");
      STATS.add("shared", x & 0xFF);
    }
    checksum.addAndGet(STATS.updates());
  }

  /** Fresh JDK objects jrace watches as a whole, made in pool tasks and read here. */
  static void jdkObjects(long seed) throws Exception {
    List<Future<Result>> fs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      long base = seed + i;
      fs.add(POOL.submit(() -> {
        Result r = new Result();
        r.map = new HashMap<>();
        r.list = new ArrayList<>();
        r.text = new StringBuilder();
        r.sorted = new TreeMap<>();
        r.deque = new ArrayDeque<>();
        long e = 0;
        for (int j = 0; j < 40; j++) {
          r.map.put(j, new int[] {j});
          r.list.add("v" + (base + j));
          r.text.append(j).append(',');
          r.sorted.put("k" + j, j);
          r.deque.add(new Node(j, null));
          e += j;
        }
        r.expected = e;
        return r;
      }));
    }
    long s = 0;
    for (Future<Result> f : fs) {
      Result r = f.get();
      long m = 0;
      for (Map.Entry<Integer, int[]> en : r.map.entrySet()) {
        m += en.getValue()[0];
      }
      long q = 0;
      while (!r.deque.isEmpty()) {
        q += r.deque.poll().value;
      }
      r.list.add("mine"); // written here, after the hand-off
      check(m == r.expected && q == r.expected && r.list.size() == 41
          && r.sorted.size() == 40 && r.text.length() > 40, "jdkObjects: result");
      s += m;
    }
    checksum.addAndGet(s);
  }

  static int[] cycle(String names) {
    if (names == null || names.isEmpty()) {
      int[] all = new int[TASKS];
      for (int i = 0; i < TASKS; i++) {
        all[i] = i;
      }
      return all;
    }
    String[] parts = names.split(",");
    int[] some = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      some[i] = java.util.Arrays.asList(TASK_NAMES).indexOf(parts[i].trim());
      if (some[i] < 0) {
        throw new IllegalArgumentException("soak.tasks: no task " + parts[i]);
      }
    }
    return some;
  }

  static void runTask(int task, long seed) throws Exception {
    switch (task) {
      case 0 -> objects(seed);
      case 1 -> arrays(seed);
      case 2 -> locks(seed);
      case 3 -> executors(seed);
      case 4 -> threads(seed);
      case 5 -> shared(seed);
      default -> jdkObjects(seed);
    }
    done[task].incrementAndGet();
  }

  // ---------------------------------------------------------------- main: workers and sampling

  static long ops() {
    long n = 0;
    for (AtomicLong d : done) {
      n += d.get();
    }
    return n;
  }

  public static void main(String[] args) throws Exception {
    long seconds = Long.parseLong(args[0]);
    long sample = Long.parseLong(args[1]);
    Path out = Path.of(args[2]);
    Files.createDirectories(out);
    System.out.println("soak: " + Runtime.version() + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, " + WORKERS + " workers, "
        + seconds + " s, virtual threads: " + (OF_VIRTUAL != null));

    Thread[] workers = new Thread[WORKERS];
    for (int w = 0; w < WORKERS; w++) {
      int id = w;
      workers[w] = new Thread(() -> {
        long i = id;
        try {
          while (!stop) {
            runTask(CYCLE[(int) (i % CYCLE.length)], mix(i * WORKERS + id));
            i++;
          }
        } catch (Throwable e) {
          fail("worker " + id + ": " + e);
          e.printStackTrace();
        }
      }, "soak-worker-" + w);
      workers[w].start();
    }

    List<GarbageCollectorMXBean> gcs = ManagementFactory.getGarbageCollectorMXBeans();
    long t0 = System.nanoTime();
    long lastOps = 0;
    long lastT = t0;
    boolean firstHisto = false;
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(out.resolve("samples.csv")))) {
      csv.println("t_s,heap_after_gc_mib,heap_after_first_gc_mib,ops,ops_per_s,live_threads,platform_threads,virtual_threads,gc_count,gc_ms");
      for (long k = 1; k * sample <= seconds; k++) {
        long due = t0 + k * sample * 1_000_000_000L;
        long now;
        while ((now = System.nanoTime()) < due) {
          Thread.sleep(Math.max(1, (due - now) / 1_000_000));
        }
        // Two full collections 0.5 s apart: the first clears the weak keys of dead objects, the
        // workers' next inserts into jrace's weak tables drop those entries, the second frees them.
        System.gc();
        long firstUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        Thread.sleep(500);
        System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long ops = ops();
        long t = System.nanoTime();
        double rate = (ops - lastOps) / ((t - lastT) / 1e9);
        lastOps = ops;
        lastT = t;
        long gcCount = 0;
        long gcMs = 0;
        for (GarbageCollectorMXBean gc : gcs) {
          gcCount += gc.getCollectionCount();
          gcMs += gc.getCollectionTime();
        }
        String line = String.format(java.util.Locale.ROOT, "%d,%.1f,%.1f,%d,%.1f,%d,%d,%d,%d,%d",
            k * sample, used / 1048576.0, firstUsed / 1048576.0, ops, rate, ManagementFactory.getThreadMXBean().getThreadCount(),
            platformThreads.get(), virtualThreads.get(), gcCount, gcMs);
        csv.println(line);
        csv.flush();
        System.out.println("soak: " + line);
        if (!firstHisto && k * sample >= seconds / 3) {
          histogram(out.resolve("histo-1.txt"));
          firstHisto = true;
        }
      }
      histogram(out.resolve("histo-2.txt"));
    }
    stop = true;
    for (Thread w : workers) {
      w.join();
    }
    POOL.shutdown();
    check(POOL.awaitTermination(60, TimeUnit.SECONDS), "pool did not terminate");
    StringBuilder per = new StringBuilder();
    for (int i = 0; i < TASKS; i++) {
      per.append(' ').append(TASK_NAMES[i]).append('=').append(done[i].get());
    }
    System.out.println("soak: done: ops=" + ops() + per + " platformThreads=" + platformThreads.get()
        + " virtualThreads=" + virtualThreads.get() + " checksum=" + Long.toHexString(checksum.get())
        + " errors=" + errors.get());
    System.exit(errors.get() == 0 ? 0 : 1);
  }

  /** The live objects' class histogram (after full collections), by the DiagnosticCommand MBean. */
  static void histogram(Path file) {
    try {
      // As for the samples: a first collection, 0.5 s for jrace's weak tables to drop the
      // entries it cleared, then the histogram's own.
      System.gc();
      Thread.sleep(500);
      Object text = ManagementFactory.getPlatformMBeanServer().invoke(
          new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
          "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
      Files.writeString(file, String.valueOf(text));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | javax.management.JMException e) {
      System.err.println("soak: no histogram: " + e);
    }
  }
}
