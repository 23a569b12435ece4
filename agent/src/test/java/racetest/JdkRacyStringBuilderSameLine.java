package racetest;

// Two threads run the same Runnable, which appends to one shared StringBuilder: append is a
// write, so the two appends race (both accesses on one line). The builder has room for both
// strings, so the racy appends never need to grow its array.
public class JdkRacyStringBuilderSameLine {
    static final StringBuilder sb = new StringBuilder(64);

    public static void main(String[] args) throws Exception {
        Runnable r = () -> sb.append("abc"); // race: java.lang.StringBuilder
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(sb.length());
    }
}
