package racetest;

// A thread appends to a StringBuilder held in a static field while main appends to it too,
// unsynchronized: write vs write on two lines. Main reads it only after join.
public class JdkRacyStringBuilderTwoLines {
    static final StringBuilder log = new StringBuilder(64);

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            log.append("worker;"); // race: java.lang.StringBuilder
        });
        t.start();
        log.append("main;"); // race: java.lang.StringBuilder
        t.join();
        System.out.println(log.length());
    }
}
