package racetest;

// The same variable is protected by two different locks in two threads: still a race.
public class RacyTwoLocks {
    static final Object lockA = new Object();
    static final Object lockB = new Object();
    static int balance;

    public static void main(String[] args) throws Exception {
        Thread depositor = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                synchronized (lockA) {
                    balance += 10; // race: racetest.RacyTwoLocks.balance
                }
            }
        });
        Thread withdrawer = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                synchronized (lockB) {
                    balance -= 3; // race: racetest.RacyTwoLocks.balance
                }
            }
        });
        depositor.start();
        withdrawer.start();
        depositor.join();
        withdrawer.join();
        System.out.println("balance=" + balance);
    }
}
