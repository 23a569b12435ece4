package racetest;
// no race
// 2-D arrays: inner elements and whole rows are replaced and read under one lock.
public class NoRace2DArraySync {
    static final Object lock = new Object();
    static final double[][] matrix = new double[3][3];
    static final String[][] names = new String[2][];

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int k = 0; k < 30; k++) {
                synchronized (lock) {
                    matrix[k % 3][(k + 1) % 3] += 1.0;
                    names[0] = new String[] {"a" + k};
                }
            }
        });
        Thread t2 = new Thread(() -> {
            for (int k = 0; k < 30; k++) {
                synchronized (lock) {
                    matrix[(k + 1) % 3][k % 3] -= 1.0;
                    matrix[1] = matrix[1].clone();
                    names[1] = names[0];
                }
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(matrix[1][2] + " " + (names[0] != null));
    }
}
