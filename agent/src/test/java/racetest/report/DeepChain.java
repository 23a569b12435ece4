package racetest.report;

// A worker writes a field three calls deep and ends; main sees it ended only through
// getState() (no happens-before) and reads the field: the previous access's whole stack.
public class DeepChain {
    static int x;

    static void c() {
        x = 1;
    }

    static void b() {
        c();
    }

    static void a() {
        b();
    }

    public static void main(String[] args) {
        Thread worker = new Thread(() -> a(), "worker");
        worker.start();
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println(x);
    }
}
