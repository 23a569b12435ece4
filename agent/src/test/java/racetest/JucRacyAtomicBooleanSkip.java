package racetest;

// An AtomicBoolean spin lock protects a plain counter in one thread; the other thread
// increments the counter without taking the spin lock.
import java.util.concurrent.atomic.AtomicBoolean;

public class JucRacyAtomicBooleanSkip {
    static final AtomicBoolean locked = new AtomicBoolean();
    static int count;

    public static void main(String[] args) throws Exception {
        Thread good = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                while (!locked.compareAndSet(false, true)) {
                    Thread.onSpinWait();
                }
                count++; // race: racetest.JucRacyAtomicBooleanSkip.count
                locked.set(false);
            }
        });
        Thread bad = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                count++; // race: racetest.JucRacyAtomicBooleanSkip.count
            }
        });
        good.start();
        bad.start();
        good.join();
        bad.join();
        System.out.println(count);
    }
}
