package racetest;

// A thread from Thread.ofPlatform() and its parent both increment a field with no
// synchronization between start() and join().
public class VtRacyPlatformBuilder {
    static int counter;

    public static void main(String[] args) throws Exception {
        Thread t = Thread.ofPlatform().start(() -> counter++); // race: racetest.VtRacyPlatformBuilder.counter
        counter++; // race: racetest.VtRacyPlatformBuilder.counter
        t.join();
    }
}
