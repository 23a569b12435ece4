package racetest.host;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// Threads that synchronize on objects jrace also keeps state for or reports through, all at
// once: Class objects (synchronized blocks and static synchronized methods, also in static
// initializers that start and join a thread, run by several threads at once), Thread objects
// (which join waits on), an interned string literal, JDK objects jrace watches (a HashMap, an
// ArrayList) and System.err (which jrace prints its reports to, while it reports a race). Meanwhile
// they start and join threads and load and initialize classes. The program must finish, and
// print what it prints without jrace; the only race is on `racy`, all the rest is locked.
public class LockTangle {
    static final int WORKERS = 4;
    static final int ROUNDS = 150;
    static final String LITERAL = "jrace-tangle";

    static int byClass;
    static int byLiteral;
    static int byThread;
    static int byErr;
    static int inits;
    static int racy;
    static final Map<Integer, Integer> map = new HashMap<>();
    static final List<Integer> list = new ArrayList<>();
    static final Thread[] workers = new Thread[WORKERS];

    static synchronized void bumpByClass() {
        byClass++;
    }

    // Initialized by whichever worker gets there first, while the others wait for it; each starts
    // and joins a thread in its static initializer, and locks what the workers lock.
    static class Init0 { static final int V = init(0); }
    static class Init1 { static final int V = init(1); }
    static class Init2 { static final int V = init(2); }
    static class Init3 { static final int V = init(3); }
    static class Init4 { static final int V = init(4); }
    static class Init5 { static final int V = init(5); }
    static class Init6 { static final int V = init(6); }
    static class Init7 { static final int V = init(7); }

    static int init(int k) {
        synchronized (LockTangle.class) {
            inits++;
        }
        Thread helper = new Thread(() -> {
            synchronized (LITERAL) {
                byLiteral++;
            }
            bumpByClass();
        });
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return k;
    }

    /** Initializes class {@code k} (no lock held: a lock held across class initialization deadlocks without jrace too). */
    static int load(int k) {
        switch (k) {
            case 0: return Init0.V;
            case 1: return Init1.V;
            case 2: return Init2.V;
            case 3: return Init3.V;
            case 4: return Init4.V;
            case 5: return Init5.V;
            case 6: return Init6.V;
            default: return Init7.V;
        }
    }

    static void work(int id) {
        int loaded = 0;
        for (int r = 0; r < ROUNDS; r++) {
            if (r % 16 == 0) {
                loaded += load((id + r / 16) % 8);
            }
            synchronized (LockTangle.class) {
                byClass++;
            }
            bumpByClass();
            synchronized (LITERAL) {
                byLiteral++;
            }
            Thread other = workers[(id + 1) % WORKERS];
            synchronized (other) { // the monitor Thread.join waits on, maybe while that thread ends
                synchronized (workers) {
                    byThread++;
                }
            }
            synchronized (workers) {
                byThread--;
            }
            synchronized (map) {
                map.merge(r, 1, Integer::sum);
            }
            synchronized (list) {
                list.add(r);
            }
            synchronized (System.err) {
                byErr++;
            }
            Thread child = new Thread(() -> {
                synchronized (LockTangle.class) {
                    byClass++;
                }
            });
            child.start();
            try {
                child.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            racy++; // the one race: no lock
        }
        if (loaded < 0) {
            throw new AssertionError(loaded);
        }
    }

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < WORKERS; i++) {
            final int id = i;
            workers[i] = new Thread(() -> work(id), "worker-" + i);
        }
        for (Thread t : workers) {
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        int total = 0;
        for (int v : map.values()) {
            total += v;
        }
        System.out.println("byClass " + byClass + ", byLiteral " + byLiteral + ", byThread " + byThread + ", byErr "
            + byErr + ", inits " + inits + ", map " + total + ", list " + list.size());
    }
}
