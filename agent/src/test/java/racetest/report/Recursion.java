package racetest.report;

// The worker's write is at the bottom of a recursion four calls deep.
public class Recursion {
    static int x;

    static void down(int n) {
        if (n == 0) {
            x = 1;
        } else {
            down(n - 1);
        }
    }

    public static void main(String[] args) {
        Thread worker = new Thread(() -> down(3), "worker");
        worker.start();
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println(x);
    }
}
