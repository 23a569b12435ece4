package racetest;
// no race
// Fields inherited from a base class are updated through subclass references under the base's monitor.
public class NoRaceInheritedFieldSync {
    static class Base {
        protected int x;
        static int count;

        synchronized void incX() {
            x++;
        }
    }

    static class Sub extends Base {
        int y;

        synchronized void incBoth() {
            x += 2;
            y++;
            synchronized (Base.class) {
                Sub.count++;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Sub sub = new Sub();
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                sub.incX();
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                sub.incBoth();
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (sub.x != 300 || sub.y != 100 || Base.count != 100) {
            throw new AssertionError();
        }
    }
}
