package racetest;
// no race
// The parent writes fields and arrays before Thread.start(); the child reads them.
public class NoRaceStartPublication {
    static int config;
    static String name;
    static double[] weights;
    int instanceValue;

    public static void main(String[] args) throws Exception {
        NoRaceStartPublication self = new NoRaceStartPublication();
        config = 42;
        name = "jrace";
        weights = new double[] {0.5, 0.25};
        weights[1] = 0.75;
        self.instanceValue = 9;
        Thread t = new Thread(() -> {
            double w = weights[0] + weights[1];
            String s = name + config + self.instanceValue + w;
            if (s.isEmpty()) {
                System.out.println("impossible");
            }
        });
        t.start();
        t.join();
    }
}
