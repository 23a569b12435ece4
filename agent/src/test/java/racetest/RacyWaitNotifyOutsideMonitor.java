package racetest;

// wait/notify handshake is correct, but the payload is written after leaving the monitor: payload races.
public class RacyWaitNotifyOutsideMonitor {
    static final Object lock = new Object();
    static boolean ready;
    static int payload;

    static void awaitReady() {
        synchronized (lock) {
            while (!ready) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> {
            synchronized (lock) {
                ready = true;
                lock.notifyAll();
            }
            payload = 99; // race: racetest.RacyWaitNotifyOutsideMonitor.payload
        });
        producer.start();
        awaitReady();
        int p = payload; // race: racetest.RacyWaitNotifyOutsideMonitor.payload
        producer.join();
        System.out.println("p=" + p);
    }
}
