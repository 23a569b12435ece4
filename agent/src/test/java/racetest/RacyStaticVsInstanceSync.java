package racetest;

// A static synchronized method and an instance synchronized method use different monitors: the shared field races.
public class RacyStaticVsInstanceSync {
    static int shared;

    static synchronized void incStatic() {
        shared++; // race: racetest.RacyStaticVsInstanceSync.shared
    }

    synchronized void incInstance() {
        shared++; // race: racetest.RacyStaticVsInstanceSync.shared
    }

    public static void main(String[] args) throws Exception {
        RacyStaticVsInstanceSync obj = new RacyStaticVsInstanceSync();
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                incStatic();
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                obj.incInstance();
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("shared=" + shared);
    }
}
