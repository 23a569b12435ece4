package racetest;

// A thread changes a shared GregorianCalendar with set() while main reads a field with get(),
// unsynchronized: set (a write) races with get (a read). Main reads once before starting the
// thread (ordered by start) so that the calendar's fields are computed and its caches warm.
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

public class JdkRacyGregorianCalendarSetGet {
    static final GregorianCalendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"));

    public static void main(String[] args) throws Exception {
        cal.setTimeInMillis(0L);
        int warm = cal.get(Calendar.YEAR);
        Thread t = new Thread(() -> {
            cal.set(Calendar.MONTH, Calendar.JUNE); // race: java.util.GregorianCalendar
        });
        t.start();
        int year = cal.get(Calendar.YEAR); // race: java.util.GregorianCalendar
        t.join();
        System.out.println(warm + year);
    }
}
