package racetest;

// A static initializer's write is visible to all, but a later unsynchronized write races with a read.
public class RacyStaticInitThenWrite {
    static class Settings {
        static int level;

        static {
            level = 3;
        }
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            Settings.level = 5; // race: racetest.RacyStaticInitThenWrite$Settings.level
        });
        t.start();
        int lv = Settings.level; // race: racetest.RacyStaticInitThenWrite$Settings.level
        t.join();
        System.out.println(lv + " " + Settings.level);
    }
}
