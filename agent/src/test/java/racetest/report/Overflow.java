package racetest.report;

// After its write the worker makes more calls than a small history keeps: the write's stack
// cannot be restored, and the report says so instead of inventing one.
public class Overflow {
    static int x;
    static int sink;

    static void write() {
        x = 1;
    }

    static void busy(int i) {
        sink += Math.abs(i); // a call: busy keeps a frame, so each call of it is in the history
    }

    static void work() {
        write();
        for (int i = 0; i < 10_000; i++) {
            busy(i);
        }
    }

    public static void main(String[] args) {
        Thread worker = new Thread(Overflow::work, "worker");
        worker.start();
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println(x);
    }
}
