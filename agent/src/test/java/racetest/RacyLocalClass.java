package racetest;

// A local class declared inside main has a field updated by two threads.
public class RacyLocalClass {
    public static void main(String[] args) throws Exception {
        class Tally {
            int n;

            void add() {
                n++; // race: racetest.RacyLocalClass$1Tally.n
            }
        }
        Tally tally = new Tally();
        Thread t1 = new Thread(tally::add);
        Thread t2 = new Thread(tally::add);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("n=" + tally.n);
    }
}
