package racetest;
// no race
// Two threads alternate turns with wait/notify; a plain counter and log are touched only during a thread's turn.
public class NoRacePingPong {
    static final Object lock = new Object();
    static int turn;
    static int rally;
    static final char[] log = new char[20];

    static void play(int me, char mark) {
        for (int round = 0; round < 10; round++) {
            synchronized (lock) {
                while (turn != me) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        throw new RuntimeException(e);
                    }
                }
            }
            log[rally] = mark; // plain accesses between handoffs
            rally++;
            synchronized (lock) {
                turn = 1 - me;
                lock.notifyAll();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Thread ping = new Thread(() -> play(0, 'i'));
        Thread pong = new Thread(() -> play(1, 'o'));
        ping.start();
        pong.start();
        ping.join();
        pong.join();
        System.out.println(rally + " " + new String(log));
    }
}
