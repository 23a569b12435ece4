package racetest;
// no race
// Static fields of every type written and read by two threads, always under the class monitor.
public class NoRaceStaticFieldsAllTypes {
    static boolean z;
    static byte b;
    static char c;
    static short s;
    static int i;
    static long j;
    static float f;
    static double d;
    static Object ref;

    static synchronized void update(int k) {
        z = !z;
        b++;
        c = (char) ('a' + k % 26);
        s += 2;
        i += k;
        j += (long) k << 32;
        f += 0.25f;
        d += 0.125;
        ref = Integer.valueOf(k);
    }

    static synchronized String snapshot() {
        return z + " " + b + " " + c + " " + s + " " + i + " " + j + " " + f + " " + d + " " + ref;
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int k = 0; k < 20; k++) {
                update(k);
            }
        });
        Thread t2 = new Thread(() -> {
            for (int k = 0; k < 20; k++) {
                update(k + 100);
                snapshot();
            }
        });
        t1.start();
        t2.start();
        String mid = snapshot();
        t1.join();
        t2.join();
        System.out.println(mid.length() > 0 ? snapshot() : "");
    }
}
