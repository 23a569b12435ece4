package racetest;

// The racing write and read sit at the bottom of two different deep call chains.
public class RacyDeepCallChain {
    static int slot;

    static void store1(int v) {
        store2(v + 1);
    }

    static void store2(int v) {
        store3(v + 1);
    }

    static void store3(int v) {
        store4(v + 1);
    }

    static void store4(int v) {
        slot = v; // race: racetest.RacyDeepCallChain.slot
    }

    static int load1() {
        return load2() + 1;
    }

    static int load2() {
        return load3() + 1;
    }

    static int load3() {
        return load4() + 1;
    }

    static int load4() {
        return slot; // race: racetest.RacyDeepCallChain.slot
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> store1(10));
        t.start();
        int v = load1();
        t.join();
        System.out.println("v=" + v);
    }
}
