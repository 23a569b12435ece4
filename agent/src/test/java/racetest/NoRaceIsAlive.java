package racetest;
// no race
// The parent polls isAlive() until it returns false, then reads what the child wrote.
public class NoRaceIsAlive {
    static int result;
    static final long[] partials = new long[4];

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            for (int i = 0; i < partials.length; i++) {
                partials[i] = (long) i * i;
            }
            result = 17;
        });
        t.start();
        while (t.isAlive()) {
            Thread.yield();
        }
        long sum = 0;
        for (long p : partials) {
            sum += p;
        }
        System.out.println(result + " " + sum);
    }
}
