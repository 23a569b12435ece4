package racetest;
// no race
// Each thread gets its own Scratch object from a ThreadLocal.withInitial and writes and reads
// its fields: no object is shared, so nothing races. Main reads only the totals the threads
// wrote to their own array slots, after join().
public class NoRaceThreadLocal {
    static final class Scratch {
        int calls;
        long sum;
    }

    static final ThreadLocal<Scratch> local = ThreadLocal.withInitial(Scratch::new);
    static final long[] totals = new long[4];

    static void work(int v) {
        Scratch s = local.get();
        s.calls++;
        s.sum += v;
    }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[totals.length];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    work(i);
                }
                Scratch s = local.get();
                totals[id] = s.sum + s.calls;
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        work(1);
        for (Thread t : ts) {
            t.join();
        }
        for (long v : totals) {
            if (v != 4950 + 100) {
                throw new AssertionError(v);
            }
        }
        if (local.get().calls != 1) {
            throw new AssertionError();
        }
    }
}
