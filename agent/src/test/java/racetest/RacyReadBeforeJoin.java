package racetest;

// Child writes a result; parent reads it before join (racy) and again after join (fine).
public class RacyReadBeforeJoin {
    static long result;

    static long compute() {
        long acc = 0;
        for (int i = 1; i <= 100; i++) {
            acc += i;
        }
        return acc;
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            result = compute(); // race: racetest.RacyReadBeforeJoin.result
        });
        t.start();
        long early = result; // race: racetest.RacyReadBeforeJoin.result
        t.join();
        long late = result;
        System.out.println(early <= late);
    }
}
