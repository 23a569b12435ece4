package racetest;

// Volatile flag is written BEFORE the data, so the reader's data read is not ordered after the data write.
public class RacyVolatileWrongOrder {
    static int data;
    static volatile boolean ready;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            ready = true;
            data = 42; // race: racetest.RacyVolatileWrongOrder.data
        });
        writer.start();
        while (!ready) {
            Thread.yield();
        }
        int d = data; // race: racetest.RacyVolatileWrongOrder.data
        writer.join();
        System.out.println("d=" + d);
    }
}
