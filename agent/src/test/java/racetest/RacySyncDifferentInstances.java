package racetest;

// Synchronized instance methods on two different objects do not protect a shared static field.
public class RacySyncDifferentInstances {
    static int global;

    static class Account {
        int local;

        synchronized void deposit() {
            local++;
            global++; // race: racetest.RacySyncDifferentInstances.global
        }
    }

    public static void main(String[] args) throws Exception {
        Account a = new Account();
        Account b = new Account();
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                a.deposit();
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                b.deposit();
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(a.local + " " + b.local + " " + global);
    }
}
