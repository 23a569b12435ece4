package racetest;

// Publication through a NON-volatile flag (bounded spin): both the flag and the data race.
public class RacyNonVolatileFlag {
    static int data;
    static boolean ready;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            data = 7; // race: racetest.RacyNonVolatileFlag.data
            ready = true; // race: racetest.RacyNonVolatileFlag.ready
        });
        writer.start();
        for (int i = 0; i < 20_000 && !ready; i++) { // race: racetest.RacyNonVolatileFlag.ready
            Thread.yield();
        }
        int d = data; // race: racetest.RacyNonVolatileFlag.data
        writer.join();
        System.out.println("d=" + d);
    }
}
