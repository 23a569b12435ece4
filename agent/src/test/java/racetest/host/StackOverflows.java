package racetest.host;

import java.util.ArrayList;
import java.util.List;

// StackOverflowErrors thrown at every point of recursions that do what jrace watches: field and
// array accesses (fresh arrays: their shadows are made on the way down), monitors (synchronized
// blocks on one lock and on fresh objects, synchronized methods), volatile accesses, calls on
// JDK objects, constructors; and a class first loaded at the bottom of one (instrumenting it
// overflows the stack too), which a class instrumented before expects to have jrace's shadow
// accessors. Each round starts the recursion from a different depth (a pad of
// frames of another size), so the overflow lands each time at another point of the code, jrace's
// thunks and their slow paths included. After each overflow no monitor may still be held; after
// all of them jrace's shadow stack and lock set must be as before (read through the runtime's
// ThreadState when jrace is there). Then the worker hands data over to main race-free (a monitor,
// a volatile) and writes `racy` without synchronization, which main reads once it sees the
// worker done (getState: no happens-before): that one race is reported, with the worker's two
// frames. The program prints the same with and without jrace.
public class StackOverflows {
    static final Object LOCK = new Object();
    static int counter;
    static int[] cells = new int[64];
    static volatile int flag;
    static final List<Integer> LIST = new ArrayList<>(List.of(0));
    static int racy;
    static int handed;
    static int published;
    static volatile boolean ready;
    static boolean done;
    static String result = "";
    static Late late;

    /** First loaded as a recursion overflows. */
    static class Late {
        int value;
    }

    /** Loaded (and instrumented) before Late: calls the shadow accessor of Late.value. */
    static class LateUser {
        static void bump(Late l) {
            if (l != null) {
                l.value++;
            }
        }
    }

    int depth;
    StackOverflows next;

    StackOverflows(int depth) {
        this.depth = depth;
        this.next = new StackOverflows(depth + 1); // recursion through constructors
    }

    StackOverflows() {
    }

    static void fields(int n) {
        counter = n;
        cells[n & 63] = counter + cells[(n + 1) & 63];
        fields(n + 1);
    }

    static void arrays(int n) {
        int[] fresh = new int[4];
        fresh[n & 3] = n;
        long[] copy = new long[2];
        copy[1] = fresh[n & 3];
        arrays(n + (int) copy[1] - n + 1);
    }

    static void monitors(int n) {
        synchronized (LOCK) {
            counter++;
            Object own = new Object();
            synchronized (own) {
                cells[n & 63]++;
                monitors(n + 1);
            }
        }
    }

    synchronized void syncMethod(int n) {
        depth = n;
        syncMethod(n + 1);
    }

    static void volatiles(int n) {
        flag = n;
        int seen = flag;
        volatiles(seen + 1);
    }

    static void jdkObjects(int n) {
        LIST.set(0, n & 127);
        int v = LIST.get(0);
        jdkObjects(v + n - v + 1);
    }

    static void loadDeep(int n) {
        try {
            loadDeep(n + 1);
        } catch (StackOverflowError e) {
            if (late == null) {
                late = new Late(); // overflows as well until there is stack enough to load the class
            }
            throw e;
        }
    }

    static void pad(int k, Runnable overflow) {
        long a = k, b = k * 2L, c = k * 3L; // a frame of another size than the recursions'
        if (k > 0) {
            pad(k - 1, overflow);
        } else {
            overflow.run();
        }
        counter += (int) (a + b + c) & 0;
    }

    static boolean held() {
        return Thread.holdsLock(LOCK) || Thread.holdsLock(StackOverflows.class);
    }

    /**
     * The thread's shadow stack depth, lock set, ignore count and guard flag when jrace is there
     * (its runtime is in the boot class loader), else "none".
     */
    static String shadow() {
        synchronized (new Object()) { // a lock and unlock: stale holds are dropped there
            counter++;
        }
        Class<?> thunks;
        try {
            thunks = Class.forName("dev.jrace.thunks.Thunks");
        } catch (ClassNotFoundException e) {
            return "none";
        }
        try {
            Object t = thunks.getMethod("current").invoke(null);
            java.lang.reflect.Field g = Class.forName("dev.jrace.thunks.Guard").getDeclaredField("INSIDE");
            g.setAccessible(true);
            int inside = ((int[]) ((ThreadLocal<?>) g.get(null)).get())[0];
            return t.getClass().getField("depth").get(t) + "/" + t.getClass().getField("lockSet").get(t) + "/"
                + t.getClass().getField("ignore").get(t) + "/" + inside;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "unreadable (" + e + ")";
        }
    }

    static void deep() {
        String before = shadow();
        int overflows = 0;
        boolean monitorsFree = true;
        StackOverflows self = new StackOverflows();
        Runnable[] kinds = {
            () -> fields(0), () -> arrays(0), () -> monitors(0), () -> self.syncMethod(0),
            () -> volatiles(0), () -> jdkObjects(0), () -> new StackOverflows(0), () -> loadDeep(0),
        };
        LateUser.bump(null);
        for (int round = 0; round < 480; round++) {
            try {
                pad(round / kinds.length % 60, kinds[round % kinds.length]);
            } catch (StackOverflowError e) {
                overflows++;
            }
            monitorsFree &= !held();
        }
        LateUser.bump(late);
        String after = shadow();
        afterRecovery(overflows, monitorsFree,
            before.equals(after) && !before.startsWith("unreadable") ? "balanced" : before + " -> " + after);
    }

    static void afterRecovery(int overflows, boolean monitorsFree, String shadow) {
        result = "overflows " + overflows + ", monitors free " + monitorsFree + ", shadow " + shadow
            + ", late " + late.value;
        synchronized (LOCK) {
            handed = 42;
            done = true;
        }
        published = 7;
        ready = true;
        racy = 1;
    }

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(null, StackOverflows::deep, "deep", 512 * 1024);
        worker.start();
        boolean seen = false;
        while (!seen) {
            synchronized (LOCK) {
                seen = done;
            }
        }
        int fromLock = handed;
        while (!ready) {
            Thread.onSpinWait();
        }
        int fromVolatile = published;
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println(result);
        System.out.println("handed " + fromLock + " " + fromVolatile + ", racy " + racy);
    }
}
