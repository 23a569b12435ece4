package racetest;
// no race
// A static initializer that does its work in static helper methods and a constructor: the
// helpers write plain static fields and a static array, the constructor writes plain instance
// fields of an object kept in a static final field. Eight threads touch the class with no lock;
// whichever initializes it, JLS 12.4.2 orders the whole initialization (callees included)
// before every other thread's use of the class.
public class NoRaceStaticInitHelpers {
    static final class Table {
        static final int[] CUBES = new int[32];
        static int filled;
        static String name;
        static final Table DEFAULT;

        int rows;
        String title;

        Table(int rows, String title) {
            this.rows = rows;
            this.title = title;
        }

        static {
            fill();
            name = describe();
            DEFAULT = new Table(CUBES.length, name);
        }

        static void fill() {
            for (int i = 0; i < CUBES.length; i++) {
                CUBES[i] = i * i * i;
            }
            filled = CUBES.length;
        }

        static String describe() {
            return "cubes/" + filled;
        }
    }

    static final int[] seen = new int[8];

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[seen.length];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                seen[id] = Table.CUBES[id] + Table.filled + Table.name.length() + Table.DEFAULT.rows
                        + Table.DEFAULT.title.length();
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (int id = 0; id < seen.length; id++) {
            if (seen[id] != id * id * id + 32 + 8 + 32 + 8) {
                throw new AssertionError(id + ": " + seen[id]);
            }
        }
    }
}
