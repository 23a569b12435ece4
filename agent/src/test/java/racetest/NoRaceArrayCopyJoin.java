package racetest;
// no race
// System.arraycopy on arrays another thread filled (after join) and into arrays read after join.
public class NoRaceArrayCopyJoin {
    public static void main(String[] args) throws Exception {
        int[] src = new int[16];
        int[] dst = new int[16];
        Object[] refs = new Object[4];
        Thread filler = new Thread(() -> {
            for (int i = 0; i < src.length; i++) {
                src[i] = i * 3;
            }
            for (int i = 0; i < refs.length; i++) {
                refs[i] = "r" + i;
            }
        });
        filler.start();
        filler.join();
        System.arraycopy(src, 0, dst, 0, src.length);
        Object[] refCopy = new Object[4];
        int[] tail = new int[8];
        Thread copier = new Thread(() -> {
            System.arraycopy(refs, 0, refCopy, 0, refs.length);
            System.arraycopy(dst, 8, tail, 0, 8);
        });
        copier.start();
        copier.join();
        System.out.println(dst[15] + " " + tail[7] + " " + refCopy[3]);
    }
}
