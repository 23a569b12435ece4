package racetest;

// An ignored field does not hide a race on its neighbour: total is watched, hits is not.
import dev.jrace.annotations.RaceIgnore;

public class RacyNextToIgnoredField {
    @RaceIgnore
    static int hits;
    static int total;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            hits++;
            total++; // race: racetest.RacyNextToIgnoredField.total
        });
        t.start();
        hits++;
        total++; // race: racetest.RacyNextToIgnoredField.total
        t.join();
    }
}
