package racetest;

// An anonymous Runnable run by two threads updates its own field and an outer static field.
public class RacyAnonymousClass {
    static int ticks;

    public static void main(String[] args) throws Exception {
        Runnable r = new Runnable() {
            int calls;

            @Override
            public void run() {
                calls++; // race: racetest.RacyAnonymousClass$1.calls
                ticks++; // race: racetest.RacyAnonymousClass.ticks
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("ticks=" + ticks);
    }
}
