package racetest;
// no race
// Happens-before is transitive through joins: the parent joins only B, which joined A.
public class NoRaceJoinChain {
    static int fromA;
    static int fromB;

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            fromA = 5;
        });
        Thread b = new Thread(() -> {
            try {
                a.join();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            fromB = fromA + 1;
        });
        a.start();
        b.start();
        b.join();
        if (fromA + fromB != 11) {
            throw new AssertionError();
        }
    }
}
