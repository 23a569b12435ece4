package racetest;

// Parent writes a field before start (fine) and again after start (racy with the child's read).
public class RacyWriteAfterStart {
    static int config;

    public static void main(String[] args) throws Exception {
        config = 1;
        Thread t = new Thread(() -> {
            int seen = config; // race: racetest.RacyWriteAfterStart.config
            if (seen < 0) {
                System.out.println("impossible");
            }
        });
        t.start();
        config = 2; // race: racetest.RacyWriteAfterStart.config
        t.join();
        System.out.println("config=" + config);
    }
}
