package racetest;
// no race
// Each thread builds its own StringBuilder (a different object per thread) and hands the
// result back as an immutable String in its own array slot, read by main after join.
public class JdkNoRacePerThreadStringBuilder {
    public static void main(String[] args) throws Exception {
        String[] out = new String[4];
        Thread[] ts = new Thread[out.length];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                StringBuilder sb = new StringBuilder();
                for (int k = 0; k < 50; k++) {
                    sb.append(id).append(',');
                }
                sb.setLength(sb.length() - 1);
                out[id] = sb.toString();
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        for (String s : out) {
            if (s.length() != 99) {
                throw new AssertionError(s);
            }
        }
    }
}
