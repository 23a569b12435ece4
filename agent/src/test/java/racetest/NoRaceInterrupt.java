package racetest;
// no race

/** An interrupt happens before the interrupted thread sees it (JLS 17.4.4): a cancel flag for free. */
public class NoRaceInterrupt {
  static int result;
  static String reason;

  public static void main(String[] args) throws Exception {
    Thread worker = new Thread(() -> {
      long spins = 0;
      while (!Thread.currentThread().isInterrupted()) {
        spins++;
      }
      System.out.println(reason + " after spinning: " + (spins > 0 || spins == 0));
    });
    Thread sleeper = new Thread(() -> {
      Object lock = new Object();
      synchronized (lock) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          System.out.println("woken: " + result);
        }
      }
    });
    Thread poller = new Thread(() -> {
      while (!Thread.interrupted()) {
        Thread.onSpinWait();
      }
      System.out.println("polled: " + result);
    });
    worker.start();
    sleeper.start();
    poller.start();
    reason = "cancelled";
    result = 42;
    worker.interrupt();
    sleeper.interrupt();
    poller.interrupt();
    worker.join();
    sleeper.join();
    poller.join();
  }
}
