package racetest;
// no race
// Interface constants (implicitly final) read by many threads; the implementing class's mutable static is locked.
public class NoRaceInterfaceConstants {
    interface Limits {
        int MAX = Integer.parseInt("50");
        String UNIT = String.valueOf("ms");
        Object LOCK = new Object();
    }

    static class Meter implements Limits {
        static int total;
        static String lastUnit;

        static void add(int v) {
            synchronized (LOCK) {
                total += Math.min(v, MAX);
                lastUnit = UNIT;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                Meter.add(i * 10);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                Meter.add(Limits.MAX + i);
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(Meter.total + Meter.lastUnit);
    }
}
