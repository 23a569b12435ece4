package racetest.host;

/**
 * Threads that lock objects jrace itself also keeps shadow state for (Thread and Class objects,
 * interned strings, arrays) while they race and reports are printed: the program must finish.
 */
public class NoDeadlock {
  static int shared;
  static final String LOCK = "jrace-lock".intern();

  public static void main(String[] args) throws Exception {
    Thread[] threads = new Thread[4];
    for (int i = 0; i < threads.length; i++) {
      final int id = i;
      threads[i] = new Thread(() -> {
        for (int k = 0; k < 2000; k++) {
          Object lock = switch ((id + k) % 4) {
            case 0 -> Thread.currentThread();
            case 1 -> NoDeadlock.class;
            case 2 -> LOCK;
            default -> threads;
          };
          synchronized (lock) {
            shared++; // racy: different threads use different locks
          }
          synchronized (System.err) {
            shared--;
          }
        }
      });
    }
    for (Thread t : threads) {
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    System.out.println("done");
  }
}
