package racetest;

// A shutdown hook reads what main and a worker wrote: the JVM runs hooks at the end of main only
// once every non-daemon thread has ended, and starts each hook then, so both writes happen
// before the hook's reads although nothing in the program joins the worker.
public class JdkNoRaceShutdownHook {
    static int fromMain;
    static int fromWorker;

    public static void main(String[] args) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println(fromMain + fromWorker)));
        fromMain = 1;
        new Thread(() -> fromWorker = 2).start();
    }
}
