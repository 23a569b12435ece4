package racetest;
// no race
// Data of every type is written, then a volatile flag; the reader spins on the flag and then reads the data.
public class NoRaceVolatilePublication {
    static boolean z;
    static byte b;
    static char c;
    static short s;
    static int i;
    static long j;
    static float f;
    static double d;
    static String ref;
    static final int[] arr = new int[3];
    static volatile boolean ready;

    public static void main(String[] args) throws Exception {
        Thread writer = new Thread(() -> {
            z = true;
            b = 1;
            c = 'c';
            s = 2;
            i = 3;
            j = 4L;
            f = 5f;
            d = 6.0;
            ref = "seven";
            arr[2] = 8;
            ready = true;
        });
        writer.start();
        while (!ready) {
            Thread.yield();
        }
        String out = z + " " + b + " " + c + " " + s + " " + i + " " + j + " " + f + " " + d + " " + ref + " " + arr[2];
        writer.join();
        System.out.println(out);
    }
}
