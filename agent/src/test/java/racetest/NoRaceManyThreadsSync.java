package racetest;
// no race
// Eight threads increment a counter through a static synchronized method.
public class NoRaceManyThreadsSync {
    static int hits;
    static long weighted;

    static synchronized void hit(int w) {
        hits++;
        weighted += w;
    }

    public static void main(String[] args) throws Exception {
        Thread[] threads = new Thread[8];
        for (int i = 0; i < threads.length; i++) {
            final int w = i;
            threads[i] = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    hit(w);
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (hits != 4000 || weighted != 500L * 28) {
            throw new AssertionError(hits + " " + weighted);
        }
    }
}
