package racetest;

// Reader reads non-volatile data before checking the volatile flag: that read races; the read after the flag does not.
public class RacyVolatileDataReadFirst {
    static int data;
    static volatile boolean ready;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            data = 42; // race: racetest.RacyVolatileDataReadFirst.data
            ready = true;
        });
        writer.start();
        int early = data; // race: racetest.RacyVolatileDataReadFirst.data
        while (!ready) {
            Thread.yield();
        }
        int late = data;
        writer.join();
        System.out.println(early + " " + late);
    }
}
