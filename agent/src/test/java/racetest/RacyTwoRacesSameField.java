package racetest;

// Two separate races on the same field, separated by join/start: two distinct line pairs.
public class RacyTwoRacesSameField {
    static int x;

    public static void main(String[] args) throws Exception {
        Thread a = new Thread(() -> {
            x = 1; // race: racetest.RacyTwoRacesSameField.x
        });
        a.start();
        int first = x; // race: racetest.RacyTwoRacesSameField.x
        a.join();
        Thread b = new Thread(() -> {
            x = 2; // race#2: racetest.RacyTwoRacesSameField.x
        });
        b.start();
        int second = x; // race#2: racetest.RacyTwoRacesSameField.x
        b.join();
        System.out.println(first + " " + second + " " + x);
    }
}
