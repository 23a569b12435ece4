package racetest;
// no race
// Reentrant (nested) synchronized blocks and synchronized methods calling each other on the same monitor.
public class NoRaceNestedSync {
    static final Object outer = new Object();
    static final Object inner = new Object();
    int a;
    int b;
    static int c;

    synchronized void incA() {
        a++;
        incB();
    }

    synchronized void incB() {
        b++;
        synchronized (this) {
            b++;
        }
    }

    static void nestedBlocks() {
        synchronized (outer) {
            synchronized (outer) {
                c++;
            }
            c++;
            synchronized (inner) {
                synchronized (outer) {
                    c++;
                }
            }
            c++;
        }
    }

    public static void main(String[] args) throws Exception {
        NoRaceNestedSync obj = new NoRaceNestedSync();
        Runnable r = () -> {
            for (int i = 0; i < 100; i++) {
                obj.incA();
                nestedBlocks();
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (obj.a != 200 || obj.b != 400 || c != 800) {
            throw new AssertionError(obj.a + " " + obj.b + " " + c);
        }
    }
}
