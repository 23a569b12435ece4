package racetest;

// System.arraycopy reads a source element that another thread writes concurrently.
public class RacyArrayCopy {
    public static void main(String[] args) throws Exception {
        int[] src = new int[8];
        for (int i = 0; i < src.length; i++) {
            src[i] = i;
        }
        int[] dst = new int[8];
        Thread t = new Thread(() -> {
            src[0] = -1; // race: int[] element 0
        });
        t.start();
        System.arraycopy(src, 0, dst, 0, src.length); // race: int[] element 0
        t.join();
        System.out.println(dst[0] + " " + dst[7]);
    }
}
