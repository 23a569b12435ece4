package racetest;
// no race
// The child writes fields of every type; the parent reads them only after join().
public class NoRaceJoin {
    static class Result {
        boolean z;
        byte b;
        char c;
        short s;
        int i;
        long j;
        float f;
        double d;
        Object ref;
    }

    static Result shared;

    public static void main(String[] args) throws Exception {
        Result r = new Result();
        Thread t = new Thread(() -> {
            r.z = true;
            r.b = 1;
            r.c = 'c';
            r.s = 2;
            r.i = 3;
            r.j = 4L;
            r.f = 5f;
            r.d = 6.0;
            r.ref = "seven";
            shared = r;
        });
        t.start();
        t.join();
        Result s = shared;
        System.out.println(s.z + " " + s.b + " " + s.c + " " + s.s + " " + s.i + " " + s.j + " " + s.f + " " + s.d + " " + s.ref);
    }
}
