package racetest;
// no race
// The lazy initialization holder idiom: Registry.get() returns Holder.INSTANCE, a static final
// field of a nested class, so the first caller runs Holder's initializer and with it the
// Registry constructor, which writes plain fields. Four threads call get() with no lock and read
// those fields; class initialization (JLS 12.4.2) orders the constructor before every other use.
public class NoRaceLazyHolder {
    static final class Registry {
        int size;
        String[] names;
        long created;

        private Registry() {
            names = new String[] {"a", "b", "c"};
            size = names.length;
            created = 12345L;
        }

        static Registry get() {
            return Holder.INSTANCE;
        }

        private static final class Holder {
            static final Registry INSTANCE = new Registry();
        }
    }

    static final long[] seen = new long[4];

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[seen.length];
        for (int t = 0; t < ts.length; t++) {
            final int id = t;
            ts[t] = new Thread(() -> {
                Registry r = Registry.get();
                seen[id] = r.size + r.names[id % 3].length() + r.created;
            });
        }
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (long v : seen) {
            if (v != 3 + 1 + 12345L) {
                throw new AssertionError(v);
            }
        }
    }
}
