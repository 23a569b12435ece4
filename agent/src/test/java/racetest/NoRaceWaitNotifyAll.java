package racetest;
// no race
// A gate built from wait/notifyAll: workers wait until the parent opens it, then read data written before opening.
public class NoRaceWaitNotifyAll {
    static final Object gate = new Object();
    static boolean open;
    static int[] input;
    static final int[] output = new int[4];

    static void awaitOpen() {
        synchronized (gate) {
            while (!open) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread[] workers = new Thread[4];
        for (int i = 0; i < workers.length; i++) {
            final int id = i;
            workers[i] = new Thread(() -> {
                awaitOpen();
                output[id] = input[id] * 10;
            });
            workers[i].start();
        }
        input = new int[] {1, 2, 3, 4};
        synchronized (gate) {
            open = true;
            gate.notifyAll();
        }
        for (Thread w : workers) {
            w.join();
        }
        System.out.println(output[0] + output[1] + output[2] + output[3]);
    }
}
