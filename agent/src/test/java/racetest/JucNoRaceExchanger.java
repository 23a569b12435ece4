package racetest;
// no race
// Two threads fill a plain-field buffer object each and swap them through an Exchanger; each
// then reads the buffer the other filled.
import java.util.concurrent.Exchanger;

public class JucNoRaceExchanger {
    static final class Buffer {
        int[] items = new int[4];
        int count;
        String owner;
    }

    static final Exchanger<Buffer> exchanger = new Exchanger<>();

    static void run(String me, String other, int base) {
        Buffer mine = new Buffer();
        for (int i = 0; i < mine.items.length; i++) {
            mine.items[i] = base + i;
        }
        mine.count = mine.items.length;
        mine.owner = me;
        Buffer theirs;
        try {
            theirs = exchanger.exchange(mine);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        if (!theirs.owner.equals(other) || theirs.count != 4 || theirs.items[3] == base + 3) {
            throw new AssertionError();
        }
    }

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> run("a", "b", 100));
        Thread b = new Thread(() -> run("b", "a", 200));
        a.start();
        b.start();
        a.join();
        b.join();
    }
}
