package racetest;
// no race
// A worker writes plain data then releases a Semaphore(0); main acquires and reads the data.
// Main joins the worker only at the very end, after the reads.
import java.util.concurrent.Semaphore;

public class JucNoRaceSemaphore {
    static final Semaphore sem = new Semaphore(0);
    static int value;
    static final int[] slots = new int[4];

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            value = 42;
            for (int i = 0; i < slots.length; i++) {
                slots[i] = i + 1;
            }
            sem.release();
        });
        worker.start();
        sem.acquire();
        if (value != 42 || slots[3] != 4) {
            throw new AssertionError();
        }
        worker.join();
    }
}
