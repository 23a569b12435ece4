package racetest;

// Arrays a method makes itself are watched once they leave it: captured by a thread's lambda,
// or returned and then shared (the writes made before the return are not watched).
public class RacyFreshArrayLetOut {
    static int[] shared;

    static int[] filled() {
        int[] a = new int[4];
        a[0] = 1;
        return a;
    }

    public static void main(String[] args) throws Exception {
        int[] captured = new int[2];
        Thread t = new Thread(() -> captured[1] = 5); // race#1: int[] element 1
        t.start();
        int v = captured[1]; // race#1: int[] element 1
        t.join();
        shared = filled();
        Thread u = new Thread(() -> shared[2] = 7); // race#2: int[] element 2
        u.start();
        shared[2] = 8; // race#2: int[] element 2
        u.join();
        System.out.println(v + shared[0]);
    }
}
