package racetest;

// A recursive method updates a shared counter at its leaves, called from two threads.
public class RacyRecursion {
    static int leaves;

    static int walk(int depth) {
        if (depth == 0) {
            leaves++; // race: racetest.RacyRecursion.leaves
            return 1;
        }
        return walk(depth - 1) + walk(depth - 1);
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> walk(5));
        Thread t2 = new Thread(() -> walk(4));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("leaves=" + leaves);
    }
}
