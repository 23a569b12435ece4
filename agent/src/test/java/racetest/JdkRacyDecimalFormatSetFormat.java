package racetest;

// A thread reconfigures a shared DecimalFormat (setMaximumFractionDigits, a write) while main
// formats with it (format, also a write), unsynchronized. Main formats once before starting the
// thread so that both racy calls find the JDK's caches warm.
import java.text.DecimalFormat;

public class JdkRacyDecimalFormatSetFormat {
    static final DecimalFormat df = new DecimalFormat("#,##0.00");

    public static void main(String[] args) throws Exception {
        String warm = df.format(1.5);
        Thread t = new Thread(() -> {
            df.setMaximumFractionDigits(3); // race: java.text.DecimalFormat
        });
        t.start();
        String s = df.format(1234.5678); // race: java.text.DecimalFormat
        t.join();
        System.out.println(warm + " " + s);
    }
}
