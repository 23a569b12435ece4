package racetest;

// Parent writes static fields of every type after start, child reads them: one race per field.
public class RacyStaticFieldsAllTypes {
    static boolean z;
    static byte b;
    static char c;
    static short s;
    static int i;
    static long j;
    static float f;
    static double d;
    static String ref;

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            boolean lz = z; // race: racetest.RacyStaticFieldsAllTypes.z
            byte lb = b; // race: racetest.RacyStaticFieldsAllTypes.b
            char lc = c; // race: racetest.RacyStaticFieldsAllTypes.c
            short ls = s; // race: racetest.RacyStaticFieldsAllTypes.s
            int li = i; // race: racetest.RacyStaticFieldsAllTypes.i
            long lj = j; // race: racetest.RacyStaticFieldsAllTypes.j
            float lf = f; // race: racetest.RacyStaticFieldsAllTypes.f
            double ld = d; // race: racetest.RacyStaticFieldsAllTypes.d
            String lref = ref; // race: racetest.RacyStaticFieldsAllTypes.ref
        });
        t.start();
        z = true; // race: racetest.RacyStaticFieldsAllTypes.z
        b = 1; // race: racetest.RacyStaticFieldsAllTypes.b
        c = 'q'; // race: racetest.RacyStaticFieldsAllTypes.c
        s = 2; // race: racetest.RacyStaticFieldsAllTypes.s
        i = 3; // race: racetest.RacyStaticFieldsAllTypes.i
        j = 4L; // race: racetest.RacyStaticFieldsAllTypes.j
        f = 5.5f; // race: racetest.RacyStaticFieldsAllTypes.f
        d = 6.5; // race: racetest.RacyStaticFieldsAllTypes.d
        ref = "r"; // race: racetest.RacyStaticFieldsAllTypes.ref
        t.join();
    }
}
