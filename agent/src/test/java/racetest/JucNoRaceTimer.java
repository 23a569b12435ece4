package racetest;
// no race
// java.util.Timer: main writes the input before schedule(); the TimerTask (on the timer's
// thread) reads it, writes its output and counts down a latch; main reads the output after
// await(). schedule() orders main before the task, countDown/await orders the task before main.
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

public class JucNoRaceTimer {
    static int input;
    static int output;

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer("timer");
        CountDownLatch done = new CountDownLatch(1);
        input = 21;
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                output = input * 2;
                done.countDown();
            }
        }, 10);
        done.await();
        if (output != 42) {
            throw new AssertionError(output);
        }
        timer.cancel();
    }
}
