package racetest;
// no race
// Two threads write different fields of the same object (and different static fields): no shared variable.
public class NoRaceDisjointFields {
    static class Pair {
        int left;
        int right;
        char leftTag;
        char rightTag;
    }

    static float staticA;
    static float staticB;

    public static void main(String[] args) throws Exception {
        Pair p = new Pair();
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                p.left++;
                p.leftTag = 'L';
                staticA += 0.5f;
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                p.right--;
                p.rightTag = 'R';
                staticB -= 0.5f;
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(p.left + " " + p.right + " " + p.leftTag + p.rightTag + " " + staticA + " " + staticB);
    }
}
