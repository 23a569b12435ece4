package racetest;
// no race
// Objects built by constructors in a producer are handed over through a synchronized mailbox.
public class NoRaceSyncPublication {
    static class Order {
        int id;
        double price;
        String item;

        Order(int id, double price, String item) {
            this.id = id;
            this.price = price;
            this.item = item;
        }
    }

    static Order mailbox;

    static synchronized void put(Order o) {
        mailbox = o;
    }

    static synchronized Order take() {
        Order o = mailbox;
        mailbox = null;
        return o;
    }

    public static void main(String[] args) throws Exception {
        Thread producer = new Thread(() -> put(new Order(7, 9.5, "book")));
        producer.start();
        Order got = null;
        while (got == null && producer.isAlive()) {
            got = take();
            Thread.yield();
        }
        if (got == null) {
            got = take();
        }
        got.price *= 2;
        producer.join();
        System.out.println(got.id + " " + got.item + " " + got.price);
    }
}
