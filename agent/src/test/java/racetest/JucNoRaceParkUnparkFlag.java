package racetest;
// no race
// Park/unpark with the condition in an AtomicBoolean (first hand-off) and in a volatile field
// (second): the child writes plain data, sets the flag, unparks main; main parks in a loop until
// it sees the flag, so the flag's write/read pair orders the data, whatever park does.
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

public class JucNoRaceParkUnparkFlag {
    static final AtomicBoolean ready = new AtomicBoolean();
    static volatile boolean done;
    static int first;
    static String second;

    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        Thread child = new Thread(() -> {
            first = 42;
            ready.set(true);
            LockSupport.unpark(main);
            second = "two";
            done = true;
            LockSupport.unpark(main);
        });
        child.start();
        while (!ready.get()) {
            LockSupport.park();
        }
        if (first != 42) {
            throw new AssertionError();
        }
        while (!done) {
            LockSupport.park(ready);
        }
        if (!second.equals("two")) {
            throw new AssertionError();
        }
        child.join();
    }
}
