package racetest.report;

// Before its write the worker calls into three frames that an exception unwinds: none of them
// may appear in the restored stack of the write.
public class Unwound {
    static int x;

    static void fail(int depth) {
        if (depth == 0) {
            throw new IllegalStateException("unwound");
        }
        fail(depth - 1);
    }

    static void write() {
        x = 1;
    }

    static void work() {
        try {
            fail(2);
        } catch (IllegalStateException expected) {
            write();
        }
    }

    public static void main(String[] args) {
        Thread worker = new Thread(Unwound::work, "worker");
        worker.start();
        while (worker.getState() != Thread.State.TERMINATED) {
            Thread.onSpinWait();
        }
        System.out.println(x);
    }
}
