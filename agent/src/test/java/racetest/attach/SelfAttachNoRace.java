package racetest.attach;

import dev.jrace.JRace;

// As SelfAttach, with every access under one lock: no report, exit 0.
public class SelfAttachNoRace {
    static int early;

    public static void main(String[] args) throws Exception {
        JRace.install();
        run();
    }

    static void run() throws InterruptedException {
        Thread a = new Thread(SelfAttachNoRace::bump, "a");
        Thread b = new Thread(SelfAttachNoRace::bump, "b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(read());
    }

    static synchronized void bump() {
        early++;
    }

    static synchronized int read() {
        return early;
    }
}
