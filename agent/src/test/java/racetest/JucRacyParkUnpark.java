package racetest;

// The child writes a plain field and unparks main; main parks and then reads the field.
// LockSupport.park/unpark promise no happens-before (a permit is not a memory barrier, and park
// may return spuriously), so the read is unordered with the write even when it sees the value.
import java.util.concurrent.locks.LockSupport;

public class JucRacyParkUnpark {
    static int result;

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        Thread child = new Thread(() -> {
            result = 42; // race: racetest.JucRacyParkUnpark.result
            LockSupport.unpark(main);
        });
        child.start();
        LockSupport.park();
        int r = result; // race: racetest.JucRacyParkUnpark.result
        child.join();
    }
}
