package racetest;
// no race
// Two threads increment a shared counter and array slot inside synchronized blocks on one lock.
public class NoRaceSyncCounter {
    static final Object lock = new Object();
    static int count;
    static final int[] history = new int[2];

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 1000; i++) {
                synchronized (lock) {
                    count++;
                    history[i % 2] += 1;
                }
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(count + " " + history[0] + " " + history[1]);
    }
}
