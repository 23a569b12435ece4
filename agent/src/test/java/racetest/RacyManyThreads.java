package racetest;

// Eight threads increment a shared static counter without synchronization: all accesses on one line.
public class RacyManyThreads {
    static int hits;

    static void work() {
        for (int i = 0; i < 500; i++) {
            hits++; // race: racetest.RacyManyThreads.hits
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(RacyManyThreads::work);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("hits=" + hits);
    }
}
