package racetest;
// no race
// Happens-before is transitive through nested starts and joins: main -> A -> B and back.
public class NoRaceStartChain {
    static int x;
    static int y;
    static int z;

    public static void main(String[] args) throws Exception {
        x = 1;
        Thread a = new Thread(() -> {
            y = x + 1;
            Thread b = new Thread(() -> {
                z = x + y;
            });
            b.start();
            try {
                b.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            y = z * 10;
        });
        a.start();
        a.join();
        if (z != 3 || y != 30) {
            throw new AssertionError(z + " " + y);
        }
        x = 0;
    }
}
