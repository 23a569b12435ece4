package racetest;

/** Written after the interrupt: the interrupted thread's read is not ordered with it. */
public class RacyInterruptTooEarly {
  static int result;

  public static void main(String[] args) throws Exception {
    Thread worker = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      System.out.println(result); // race: racetest.RacyInterruptTooEarly.result
    });
    worker.start();
    worker.interrupt();
    result = 42; // race: racetest.RacyInterruptTooEarly.result
    worker.join();
  }
}
