package racetest;
// no race
// The parent puts a Config object in an InheritableThreadLocal and writes its field, then starts
// a child: the child inherits the same object and reads the field. Thread.start orders the
// parent's write before the child's read.
public class NoRaceInheritableThreadLocal {
    static final class Config {
        int level;
    }

    static final InheritableThreadLocal<Config> config = new InheritableThreadLocal<>();
    static int seen;

    public static void main(String[] args) throws Exception {
        Config c = new Config();
        config.set(c);
        c.level = 3;
        Thread child = new Thread(() -> seen = config.get().level);
        child.start();
        child.join();
        if (seen != 3) {
            throw new AssertionError(seen);
        }
    }
}
