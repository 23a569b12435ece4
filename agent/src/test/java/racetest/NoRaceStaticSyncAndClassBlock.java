package racetest;
// no race
// A static synchronized method and a synchronized(X.class) block share the same class monitor.
public class NoRaceStaticSyncAndClassBlock {
    static int counter;
    static char lastWriter;

    static synchronized void incFromMethod() {
        counter++;
        lastWriter = 'm';
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                incFromMethod();
            }
        });
        Thread t2 = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                synchronized (NoRaceStaticSyncAndClassBlock.class) {
                    counter++;
                    lastWriter = 'b';
                }
            }
        });
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (counter != 600) {
            throw new AssertionError(counter);
        }
        System.out.println(counter + " " + lastWriter);
    }
}
