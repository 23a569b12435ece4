package racetest;

import java.util.concurrent.locks.StampedLock;

/**
 * An optimistic read of StampedLock is a plain read: one that overlaps a write is a data race
 * in the memory model (validate() would reject its result), and jrace reports it as one.
 */
public class JucRacyStampedOptimisticRead {
  static final StampedLock lock = new StampedLock();
  static int x;

  public static void main(String[] args) throws Exception {
    long stamp = lock.tryOptimisticRead();
    Thread writer = new Thread(() -> {
      long w = lock.writeLock();
      x = 42; // race: racetest.JucRacyStampedOptimisticRead.x
      lock.unlockWrite(w);
    });
    writer.start();
    int seen = x; // race: racetest.JucRacyStampedOptimisticRead.x
    boolean valid = lock.validate(stamp);
    writer.join();
    System.out.println(valid ? seen : x);
  }
}
