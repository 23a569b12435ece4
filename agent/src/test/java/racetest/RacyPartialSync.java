package racetest;

// Writer holds the lock but the reader does not: race.
public class RacyPartialSync {
    static final Object lock = new Object();
    static int value;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            synchronized (lock) {
                value = 5; // race: racetest.RacyPartialSync.value
            }
        });
        writer.start();
        int v = value; // race: racetest.RacyPartialSync.value
        writer.join();
        System.out.println("v=" + v);
    }
}
