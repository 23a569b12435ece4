package racetest;
// no race
// Several threads only read data written before they were started: concurrent reads never race.
public class NoRaceReadOnlySharing {
    static int[] table;
    static String greeting;
    static double factor;

    public static void main(String[] args) throws Exception {
        table = new int[32];
        for (int i = 0; i < table.length; i++) {
            table[i] = i + 1;
        }
        greeting = "hello";
        factor = 1.5;
        long[] results = new long[4];
        Thread[] readers = new Thread[4];
        for (int r = 0; r < readers.length; r++) {
            final int id = r;
            readers[r] = new Thread(() -> {
                long acc = 0;
                for (int v : table) {
                    acc += (long) (v * factor);
                }
                results[id] = acc + greeting.length();
            });
        }
        for (Thread t : readers) {
            t.start();
        }
        for (Thread t : readers) {
            t.join();
        }
        System.out.println(results[0] + " " + results[3]);
    }
}
