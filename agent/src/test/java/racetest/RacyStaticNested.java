package racetest;

// Races on fields of a static nested class and of a doubly nested class (binary names with '$').
public class RacyStaticNested {
    static class Stats {
        double mean;

        static class Leaf {
            static int depth;
        }
    }

    public static void main(String[] args) throws Exception {
        Stats stats = new Stats();
        Thread t = new Thread(() -> {
            stats.mean = 1.5; // race: racetest.RacyStaticNested$Stats.mean
            Stats.Leaf.depth = 3; // race: racetest.RacyStaticNested$Stats$Leaf.depth
        });
        t.start();
        double m = stats.mean; // race: racetest.RacyStaticNested$Stats.mean
        int d = Stats.Leaf.depth; // race: racetest.RacyStaticNested$Stats$Leaf.depth
        t.join();
        System.out.println(m + " " + d);
    }
}
