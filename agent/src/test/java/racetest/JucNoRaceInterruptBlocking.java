package racetest;
// no race
// Interrupts observed inside java.util.concurrent: one thread blocks in BlockingQueue.take(),
// another in CountDownLatch.await(), a third parks in LockSupport.park() until
// Thread.interrupted() says so. Main writes plain fields and interrupts each; the interrupt
// happens before the InterruptedException (or the interrupted() answer), so the reads after it
// are ordered after main's writes.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

public class JucNoRaceInterruptBlocking {
    static int forTaker;
    static int forAwaiter;
    static int forParker;
    static final int[] seen = new int[3];

    public static void main(String[] args) throws Exception {
        LinkedBlockingQueue<Integer> empty = new LinkedBlockingQueue<>();
        CountDownLatch never = new CountDownLatch(1);
        Thread taker = new Thread(() -> {
            try {
                empty.take();
            } catch (InterruptedException e) {
                seen[0] = forTaker;
            }
        });
        Thread awaiter = new Thread(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                seen[1] = forAwaiter;
            }
        });
        Thread parker = new Thread(() -> {
            while (!Thread.interrupted()) {
                LockSupport.park();
            }
            seen[2] = forParker;
        });
        taker.start();
        awaiter.start();
        parker.start();
        forTaker = 1;
        taker.interrupt();
        forAwaiter = 2;
        awaiter.interrupt();
        forParker = 3;
        parker.interrupt();
        taker.join();
        awaiter.join();
        parker.join();
        if (seen[0] != 1 || seen[1] != 2 || seen[2] != 3) {
            throw new AssertionError();
        }
    }
}
