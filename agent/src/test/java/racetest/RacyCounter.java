package racetest;

// Two threads increment a plain static int without synchronization: one same-line race.
public class RacyCounter {
    static int count;

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 1000; i++) {
                count++; // race: racetest.RacyCounter.count
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("count=" + count);
    }
}
