package racetest;
// no race
// A static initializer (run by whichever child touches the class first) writes fields read by other threads.
public class NoRaceStaticInit {
    static class Table {
        static int version;
        static String label = "squares";
        static final int[] SQUARES = new int[16];

        static {
            version = 7;
            for (int i = 0; i < SQUARES.length; i++) {
                SQUARES[i] = i * i;
            }
        }
    }

    static final int[] seen = new int[2];

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            seen[0] = Table.version + Table.SQUARES[3] + Table.label.length();
        });
        Thread t2 = new Thread(() -> {
            seen[1] = Table.SQUARES[15] + Table.version;
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(seen[0] + " " + seen[1]);
    }
}
