package racetest;

// A worker releases the semaphore before writing the data; main acquires and reads it.
import java.util.concurrent.Semaphore;

public class JucRacySemaphoreReleaseEarly {
    static final Semaphore sem = new Semaphore(0);
    static int data;

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            sem.release();
            data = 42; // race: racetest.JucRacySemaphoreReleaseEarly.data
        });
        worker.start();
        sem.acquire();
        int d = data; // race: racetest.JucRacySemaphoreReleaseEarly.data
        worker.join();
        System.out.println(d);
    }
}
