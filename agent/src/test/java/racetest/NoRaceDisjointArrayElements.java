package racetest;
// no race
// Four threads each write only their own elements of shared arrays: distinct elements never race.
public class NoRaceDisjointArrayElements {
    public static void main(String[] args) throws Exception {
        long[] partial = new long[4];
        byte[] marks = new byte[400];
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = id * 100; k < (id + 1) * 100; k++) {
                    marks[k] = (byte) id;
                    partial[id] += k;
                }
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        long sum = partial[0] + partial[1] + partial[2] + partial[3];
        if (sum != 399L * 400 / 2 || marks[399] != 3) {
            throw new AssertionError(sum);
        }
    }
}
