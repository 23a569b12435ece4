package racetest;

// A Thread subclass writes a field of its own object after the parent wrote it after start().
public class RacyThreadSubclassField {
    static class Poller extends Thread {
        int interval;
        int polls;

        @Override
        public void run() {
            int iv = interval; // race: racetest.RacyThreadSubclassField$Poller.interval
            for (int i = 0; i < 3; i++) {
                polls += iv;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Poller p = new Poller();
        p.interval = 1;
        p.start();
        p.interval = 5; // race: racetest.RacyThreadSubclassField$Poller.interval
        p.join();
        System.out.println("polls=" + p.polls);
    }
}
