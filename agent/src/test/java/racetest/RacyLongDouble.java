package racetest;

// 64-bit long and double fields, static and instance, written and read without synchronization.
public class RacyLongDouble {
    static long total;
    static double average;

    static class Acc {
        long ticks;
        double sum;
    }

    public static void main(String[] args) throws Exception {
        Acc acc = new Acc();
        Thread t = new Thread(() -> {
            total = 0x123456789ABCL; // race: racetest.RacyLongDouble.total
            average = 2.75; // race: racetest.RacyLongDouble.average
            for (int i = 0; i < 10; i++) {
                acc.ticks += 1L << 40; // race: racetest.RacyLongDouble$Acc.ticks
            }
        });
        t.start();
        long t0 = total; // race: racetest.RacyLongDouble.total
        double a0 = average; // race: racetest.RacyLongDouble.average
        Thread u = new Thread(() -> {
            for (int i = 0; i < 10; i++) {
                acc.ticks += 1L << 40; // race: racetest.RacyLongDouble$Acc.ticks
            }
        });
        Runnable addHalf = () -> {
            for (int i = 0; i < 10; i++) {
                acc.sum += 0.5; // race: racetest.RacyLongDouble$Acc.sum
            }
        };
        Thread v = new Thread(addHalf);
        Thread w = new Thread(addHalf);
        u.start();
        v.start();
        w.start();
        t.join();
        u.join();
        v.join();
        w.join();
        System.out.println(t0 + " " + a0 + " " + acc.ticks + " " + acc.sum);
    }
}
