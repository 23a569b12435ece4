package racetest;
// no race
// A ThreadLocal<SimpleDateFormat> gives each thread its own formatter, so the formats (writes
// of a SimpleDateFormat) of different threads are on different objects.
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

public class JdkNoRaceThreadLocalDateFormat {
    static final ThreadLocal<SimpleDateFormat> FMT = ThreadLocal.withInitial(() -> {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f;
    });

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            for (int i = 0; i < 20; i++) {
                String s = FMT.get().format(new Date(0L));
                if (!s.equals("1970-01-01")) {
                    throw new AssertionError(s);
                }
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        r.run();
        t1.join();
        t2.join();
    }
}
