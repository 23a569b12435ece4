package racetest;
// no race
// Anonymous classes, lambdas and method references run in threads, all updating state under one lock.
public class NoRaceAnonymousAndLambda {
    static final Object lock = new Object();
    static int ticks;
    int refCalls;

    void viaRef() {
        synchronized (lock) {
            refCalls++;
            ticks++;
        }
    }

    public static void main(String[] args) throws Exception {
        NoRaceAnonymousAndLambda obj = new NoRaceAnonymousAndLambda();
        Runnable anon = new Runnable() {
            int calls;

            @Override
            public void run() {
                synchronized (lock) {
                    calls++;
                    ticks++;
                }
            }
        };
        Runnable lambda = () -> {
            synchronized (lock) {
                ticks += 2;
            }
        };
        Thread[] ts = {
            new Thread(anon), new Thread(anon),
            new Thread(lambda), new Thread(lambda),
            new Thread(obj::viaRef), new Thread(obj::viaRef)
        };
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (ticks != 8 || obj.refCalls != 2) {
            throw new AssertionError(ticks);
        }
    }
}
