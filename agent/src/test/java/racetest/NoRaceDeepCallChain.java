package racetest;
// no race
// The lock is taken at the top of a call chain; the shared accesses happen several calls deeper.
public class NoRaceDeepCallChain {
    static final Object lock = new Object();
    static int slot;
    static final short[] trail = new short[8];

    static void top(int v) {
        synchronized (lock) {
            level1(v);
        }
    }

    static void level1(int v) {
        level2(v + 1);
    }

    static void level2(int v) {
        level3(v + 1);
    }

    static void level3(int v) {
        slot += v;
        trail[v % trail.length]++;
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                top(i);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 40; i++) {
                top(i * 2);
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(slot + " " + trail[0]);
    }
}
