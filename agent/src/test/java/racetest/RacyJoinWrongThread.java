package racetest;

// The parent joins thread A but reads what thread B wrote: B's write is not ordered before the read.
public class RacyJoinWrongThread {
    static int fromA;
    static int fromB;

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            fromA = 1;
        });
        Thread b = new Thread(() -> {
            fromB = 2; // race: racetest.RacyJoinWrongThread.fromB
        });
        a.start();
        b.start();
        a.join();
        int va = fromA;
        int vb = fromB; // race: racetest.RacyJoinWrongThread.fromB
        b.join();
        System.out.println(va + " " + vb);
    }
}
