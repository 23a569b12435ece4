package racetest;

// Each thread fills arrays of its own, made and dropped in one method; a result is made in a
// method, returned, and handed over by start and join.
public class NoRaceScratchArrays {
    static long total;

    static long[] partial(int seed) {
        long[] p = new long[8];
        for (int i = 0; i < p.length; i++) {
            p[i] = seed * 31L + i;
        }
        return p;
    }

    static int digest(int x) {
        int[] scratch = new int[16];
        for (int j = 0; j < scratch.length; j++) {
            scratch[j] = x ^ j;
        }
        int[][] grid = new int[2][2];
        grid[1] = scratch;
        return grid[1][x & 15] + grid[0][1];
    }

    public static void main(String[] args) throws Exception {
        long[] result = partial(3);
        Thread[] threads = new Thread[4];
        for (int k = 0; k < threads.length; k++) {
            int id = k;
            threads[k] = new Thread(() -> {
                int sum = 0;
                for (int i = 0; i < 1000; i++) {
                    sum += digest(id * 1000 + i);
                }
                synchronized (NoRaceScratchArrays.class) {
                    total += sum + result[id];
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        result[0] = total;
        System.out.println(result[0]);
    }
}
