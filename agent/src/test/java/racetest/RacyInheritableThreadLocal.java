package racetest;

// The child inherits the parent's Config object through an InheritableThreadLocal and reads its
// field; the parent writes the field after starting the child, so nothing orders the two.
public class RacyInheritableThreadLocal {
    static final class Config {
        int level;
    }

    static final InheritableThreadLocal<Config> config = new InheritableThreadLocal<>();

    public static void main(String[] args) throws Exception {
        config.set(new Config());
        Thread child = new Thread(() -> {
            int l = config.get().level; // race: racetest.RacyInheritableThreadLocal$Config.level
        });
        child.start();
        config.get().level = 3; // race: racetest.RacyInheritableThreadLocal$Config.level
        child.join();
    }
}
