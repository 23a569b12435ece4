package racetest;
// no race
// 64-bit long/double fields: plain ones updated under a lock, volatile ones accessed concurrently without a lock.
public class NoRaceLongDouble {
    static final Object lock = new Object();
    static long total;
    static double average;
    static volatile long lastSeen;
    static volatile double lastValue;

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 1; i <= 100; i++) {
                synchronized (lock) {
                    total += 1L << 33;
                    average = total / (double) i;
                }
                lastSeen = i;
                lastValue = i * 0.5;
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        long seen = lastSeen;
        double value = lastValue;
        t1.join();
        t2.join();
        System.out.println(total + " " + average + " " + seen + " " + value);
    }
}
