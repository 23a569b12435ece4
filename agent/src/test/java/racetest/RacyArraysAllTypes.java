package racetest;

// Child writes one element of arrays of every primitive type and of references, parent reads them before join.
public class RacyArraysAllTypes {
    public static void main(String[] args) throws Exception {
        boolean[] za = new boolean[4];
        byte[] ba = new byte[4];
        char[] ca = new char[4];
        short[] sa = new short[4];
        int[] ia = new int[4];
        long[] ja = new long[4];
        float[] fa = new float[4];
        double[] da = new double[4];
        String[] stra = new String[4];
        Object[] oa = new Object[4];
        Thread t = new Thread(() -> {
            za[0] = true; // race: boolean[] element 0
            ba[1] = 1; // race: byte[] element 1
            ca[2] = 'c'; // race: char[] element 2
            sa[3] = 3; // race: short[] element 3
            ia[0] = 4; // race: int[] element 0
            ja[1] = 5L; // race: long[] element 1
            fa[2] = 6.0f; // race: float[] element 2
            da[3] = 7.0; // race: double[] element 3
            stra[1] = "eight"; // race: java.lang.String[] element 1
            oa[2] = new Object(); // race: java.lang.Object[] element 2
        });
        t.start();
        boolean z = za[0]; // race: boolean[] element 0
        byte b = ba[1]; // race: byte[] element 1
        char c = ca[2]; // race: char[] element 2
        short s = sa[3]; // race: short[] element 3
        int i = ia[0]; // race: int[] element 0
        long j = ja[1]; // race: long[] element 1
        float f = fa[2]; // race: float[] element 2
        double d = da[3]; // race: double[] element 3
        String str = stra[1]; // race: java.lang.String[] element 1
        Object o = oa[2]; // race: java.lang.Object[] element 2
        t.join();
        System.out.println(z + " " + b + " " + (int) c + " " + s + " " + i + " " + j + " " + f + " " + d + " " + str + " " + (o != null));
    }
}
