package racetest;

// Accesses ordered only by Thread.sleep are still a race.
public class RacySleepOrdering {
    static int data;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            data = 42; // race: racetest.RacySleepOrdering.data
        });
        t.start();
        Thread.sleep(30);
        int d = data; // race: racetest.RacySleepOrdering.data
        t.join();
        System.out.println("data=" + d);
    }
}
