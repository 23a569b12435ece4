package racetest;

// A thread sets a bit of a BitSet while main tests another, unsynchronized: BitSet.set (a
// write) races with BitSet.get (a read). The BitSet is sized up front so set() never grows it.
import java.util.BitSet;

public class JdkRacyBitSetSetGet {
    static final BitSet bits = new BitSet(128);

    public static void main(String[] args) throws Exception {
        bits.set(1);
        Thread t = new Thread(() -> {
            bits.set(5); // race: java.util.BitSet
        });
        t.start();
        boolean b = bits.get(1); // race: java.util.BitSet
        t.join();
        System.out.println(b);
    }
}
