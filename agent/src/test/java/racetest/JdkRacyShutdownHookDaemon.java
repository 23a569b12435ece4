package racetest;

import java.util.concurrent.locks.LockSupport;

// A daemon thread writes a field and parks for good; main ends once it sees the thread parked
// (getState: no happens-before). The JVM does not wait for daemon threads, so nothing orders
// the daemon's write before the shutdown hook's read.
public class JdkRacyShutdownHookDaemon {
    static int value;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(JdkRacyShutdownHookDaemon::read));
        Thread daemon = new Thread(() -> {
            value = 1; // race: racetest.JdkRacyShutdownHookDaemon.value
            LockSupport.park();
        });
        daemon.setDaemon(true);
        daemon.start();
        while (daemon.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
    }

    static void read() {
        System.out.println(value);
    }
}
