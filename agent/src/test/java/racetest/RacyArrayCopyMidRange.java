package racetest;

// System.arraycopy writes a destination range; another thread reads one element in the middle of it.
public class RacyArrayCopyMidRange {
    public static void main(String[] args) throws Exception {
        long[] src = {10, 11, 12, 13, 14, 15};
        long[] dst = new long[6];
        Thread t = new Thread(() -> {
            long x = dst[4]; // race: long[] element 4
            if (x < 0) {
                System.out.println("impossible");
            }
        });
        t.start();
        System.arraycopy(src, 0, dst, 0, 6); // race: long[] element 4
        t.join();
        System.out.println(dst[4]);
    }
}
