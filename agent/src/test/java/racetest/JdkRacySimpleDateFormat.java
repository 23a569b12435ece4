package racetest;

// Two threads format dates with one shared SimpleDateFormat. format() mutates the formatter's
// Calendar, so it counts as a write: the two calls race. Main formats once before starting the
// thread (ordered by start) so that both racy calls find the JDK's caches warm.
import java.text.SimpleDateFormat;
import java.util.Date;

public class JdkRacySimpleDateFormat {
    static final SimpleDateFormat fmt = new SimpleDateFormat("yyyy-MM-dd HH:mm");

    public static void main(String[] args) throws Exception {
        Date d = new Date(0L);
        String warm = fmt.format(d);
        Thread t = new Thread(() -> {
            String s = fmt.format(d); // race: java.text.SimpleDateFormat
            System.out.println(s.length());
        });
        t.start();
        String s = fmt.format(d); // race: java.text.SimpleDateFormat
        t.join();
        System.out.println(warm.length() + s.length());
    }
}
