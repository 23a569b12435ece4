package racetest;

// Races on 2-D arrays: an inner element (int[] element) and an outer row reference (long[][] element).
public class Racy2DArray {
    public static void main(String[] args) throws Exception {
        int[][] grid = new int[3][4];
        long[][] rows = new long[2][2];
        Thread t = new Thread(() -> {
            grid[1][2] = 5; // race: int[] element 2
            rows[1] = new long[3]; // race: long[][] element 1
        });
        t.start();
        int v = grid[1][2]; // race: int[] element 2
        long[] row = rows[1]; // race: long[][] element 1
        t.join();
        System.out.println(v + " " + row.length);
    }
}
