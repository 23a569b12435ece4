package racetest;

// An enum constant with a mutable field updated by two threads without synchronization.
public class RacyEnumField {
    enum Counter {
        INSTANCE;

        int hits;

        void hit() {
            hits++; // race: racetest.RacyEnumField$Counter.hits
        }
    }

    public static void main(String[] args) throws Exception {
        Counter c = Counter.INSTANCE;
        Thread t1 = new Thread(() -> c.hit());
        Thread t2 = new Thread(() -> Counter.INSTANCE.hit());
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("hits=" + c.hits);
    }
}
