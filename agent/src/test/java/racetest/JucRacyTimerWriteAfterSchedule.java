package racetest;

// java.util.Timer: main schedules a TimerTask that reads a plain field, and only then writes the
// field. The write comes after the schedule edge, so it is unordered with the task's read
// (whichever runs first); the latch is counted down after the read and awaited after the write.
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

public class JucRacyTimerWriteAfterSchedule {
    static int input;

    public static void main(String[] args) throws Exception {
        Timer timer = new Timer("timer");
        CountDownLatch done = new CountDownLatch(1);
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                int seen = input; // race: racetest.JucRacyTimerWriteAfterSchedule.input
                done.countDown();
            }
        }, 10);
        input = 21; // race: racetest.JucRacyTimerWriteAfterSchedule.input
        done.await();
        timer.cancel();
    }
}
