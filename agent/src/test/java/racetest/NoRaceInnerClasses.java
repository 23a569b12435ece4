package racetest;
// no race
// A non-static inner class and a static nested class whose state is updated under the outer object's monitor.
public class NoRaceInnerClasses {
    int total;

    class Inner {
        int value;

        void bump() {
            synchronized (NoRaceInnerClasses.this) {
                value++;
                total++;
            }
        }
    }

    static class Nested {
        static double scale;
        byte flags;

        synchronized void mark(int bit) {
            flags |= (byte) (1 << bit);
            synchronized (Nested.class) {
                scale += 0.5;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        NoRaceInnerClasses outer = new NoRaceInnerClasses();
        Inner inner = outer.new Inner();
        Nested nested = new Nested();
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                inner.bump();
                nested.mark(i % 4);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                inner.bump();
                nested.mark(4 + i % 3);
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(inner.value + " " + outer.total + " " + nested.flags + " " + Nested.scale);
    }
}
