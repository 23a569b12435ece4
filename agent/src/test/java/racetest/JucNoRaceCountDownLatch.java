package racetest;
// no race
// Three workers each write their own slot and a shared-by-index plain field, then count down;
// main awaits the latch and reads everything before joining.
import java.util.concurrent.CountDownLatch;

public class JucNoRaceCountDownLatch {
    static final CountDownLatch done = new CountDownLatch(3);
    static final long[] results = new long[3];
    static String message;

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[3];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                results[id] = (id + 1) * 100L;
                if (id == 0) {
                    message = "hello";
                }
                done.countDown();
            });
            ts[t].start();
        }
        done.await();
        if (results[0] + results[1] + results[2] != 600 || !message.equals("hello")) {
            throw new AssertionError();
        }
        for (Thread t : ts) {
            t.join();
        }
    }
}
