package racetest;

// An EnumSet (runtime class java.util.RegularEnumSet for a small enum) is added to by a thread
// and queried with contains() by main, unsynchronized.
import java.util.EnumSet;

public class JdkRacyEnumSetAddContains {
    enum Flag { READ, WRITE, EXEC }

    static final EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            flags.add(Flag.WRITE); // race: java.util.RegularEnumSet
        });
        t.start();
        boolean r = flags.contains(Flag.READ); // race: java.util.RegularEnumSet
        t.join();
        System.out.println(r);
    }
}
