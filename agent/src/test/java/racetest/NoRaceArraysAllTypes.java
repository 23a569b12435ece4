package racetest;
// no race
// A child writes arrays of every primitive type, references and 2-D arrays; the parent reads after join.
public class NoRaceArraysAllTypes {
    public static void main(String[] args) throws Exception {
        boolean[] za = new boolean[2];
        byte[] ba = new byte[2];
        char[] ca = new char[2];
        short[] sa = new short[2];
        int[] ia = new int[2];
        long[] ja = new long[2];
        float[] fa = new float[2];
        double[] da = new double[2];
        String[] stra = new String[2];
        int[][] grid = new int[2][2];
        Thread t = new Thread(() -> {
            za[1] = true;
            ba[1] = 1;
            ca[1] = 'c';
            sa[1] = 2;
            ia[1] = 3;
            ja[1] = 4;
            fa[1] = 5f;
            da[1] = 6;
            stra[1] = "s";
            grid[1][1] = 7;
            grid[0] = new int[] {8, 9};
        });
        t.start();
        t.join();
        System.out.println(za[1] + " " + ba[1] + " " + ca[1] + " " + sa[1] + " " + ia[1] + " " + ja[1] + " "
                + fa[1] + " " + da[1] + " " + stra[1] + " " + grid[1][1] + " " + grid[0][1]);
    }
}
