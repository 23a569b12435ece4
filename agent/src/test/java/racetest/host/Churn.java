package racetest.host;

// Thread churn: N short-lived threads, four at a time, each adding to a total under a lock and
// joined: thread ids are reused, so jrace's memory stays bounded (the JVM runs in a small heap).
public class Churn {
    static int total;
    static final Object LOCK = new Object();

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        for (int i = 0; i < n; i += 4) {
            Thread[] batch = new Thread[4];
            for (int j = 0; j < batch.length; j++) {
                batch[j] = new Thread(() -> {
                    synchronized (LOCK) {
                        total++;
                    }
                });
                batch[j].start();
            }
            for (Thread t : batch) {
                t.join();
            }
        }
        System.out.println(total);
    }
}
