package racetest;
// no race
// Interrupts observed through an InterruptedException from Thread.sleep and from Thread.join:
// main writes plain fields and then interrupts each waiter; the interrupt happens before the
// point where the interrupted thread determines it was interrupted (JLS 17.4.4), so the
// waiters' reads in their catch blocks are ordered after main's writes.
public class NoRaceInterruptSleep {
    static int forSleeper;
    static String forJoiner;
    static final int[] seen = new int[2];

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                seen[0] = forSleeper;
            }
        });
        Thread never = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ends when main interrupts it at the very end
            }
        });
        Thread joiner = new Thread(() -> {
            try {
                never.join();
            } catch (InterruptedException e) {
                seen[1] = forJoiner.length();
            }
        });
        sleeper.start();
        never.start();
        joiner.start();
        forSleeper = 42;
        sleeper.interrupt();
        forJoiner = "seven!!";
        joiner.interrupt();
        sleeper.join();
        joiner.join();
        never.interrupt();
        never.join();
        if (seen[0] != 42 || seen[1] != 7) {
            throw new AssertionError(seen[0] + " " + seen[1]);
        }
    }
}
