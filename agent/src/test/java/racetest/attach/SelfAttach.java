package racetest.attach;

import dev.jrace.JRace;

// jrace started from main, without -javaagent. SelfAttach is loaded before it (no shadow
// fields: its counter is watched through the side table), Work after it. Two threads race on
// both counters; the thread that reads them after join() is ordered, so two races in all.
// Work's shadow members are hidden from reflection as under -javaagent.
public class SelfAttach {
    static int early;

    public static void main(String[] args) throws Exception {
        JRace.install(args.length > 0 ? args[0] : "");
        Work.run();
    }

    static void bump() {
        early++;
    }
}

class Work {
    static int late;

    static void run() throws InterruptedException {
        Thread a = new Thread(Work::both, "a");
        Thread b = new Thread(Work::both, "b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(java.util.Arrays.toString(Work.class.getDeclaredFields()));
        System.out.println(SelfAttach.early + late);
    }

    static void both() {
        SelfAttach.bump();
        late++;
    }
}
