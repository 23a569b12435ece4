package racetest;
// no race
// A bank account whose state is only touched from synchronized instance methods.
public class NoRaceSyncInstanceMethods {
    static class Account {
        private long balance;
        private int ops;
        private String lastOp;

        synchronized void deposit(long amount) {
            balance += amount;
            ops++;
            lastOp = "deposit";
        }

        synchronized void withdraw(long amount) {
            balance -= amount;
            ops++;
            lastOp = "withdraw";
        }

        synchronized long balance() {
            return balance;
        }

        synchronized String summary() {
            return ops + " " + lastOp;
        }
    }

    public static void main(String[] args) throws Exception {
        Account acc = new Account();
        Thread d = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                acc.deposit(5);
            }
        });
        Thread w = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                acc.withdraw(2);
            }
        });
        d.start();
        w.start();
        long mid = acc.balance();
        d.join();
        w.join();
        System.out.println(mid >= -400 ? acc.balance() + " " + acc.summary() : "bad");
    }
}
