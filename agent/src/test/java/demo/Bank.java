package demo;

/**
 * The demo: two tellers credit the same account. {@code deposit} is not synchronized, so the
 * two read-modify-writes of {@code balance} race, and money goes missing now and then.
 */
public class Bank {
  static class Account {
    private long balance;

    void deposit(long amount) {
      balance = balance + amount;
    }

    synchronized long balance() {
      return balance;
    }
  }

  public static void main(String[] args) throws InterruptedException {
    Account account = new Account();
    Thread alice = new Thread(() -> account.deposit(100), "teller-alice");
    Thread bob = new Thread(() -> account.deposit(50), "teller-bob");
    alice.start();
    bob.start();
    alice.join();
    bob.join();
    System.out.println("balance: " + account.balance());
  }
}
