package racetest;
// no race
// A thread parks with LockSupport.park() until Thread.interrupted() answers true; main writes
// plain fields and then interrupts it. Park itself orders nothing, but the interrupt happens
// before interrupted() reports it (JLS 17.4.4), so the reads after the loop are ordered.
import java.util.concurrent.locks.LockSupport;

public class JucNoRaceInterruptPark {
    static int value;
    static String label;
    static int seen;

    public static void main(String[] args) throws Exception {
        Thread parker = new Thread(() -> {
            while (!Thread.interrupted()) {
                LockSupport.park();
            }
            seen = value + label.length();
        });
        parker.start();
        value = 40;
        label = "ab";
        parker.interrupt();
        parker.join();
        if (seen != 42) {
            throw new AssertionError(seen);
        }
    }
}
