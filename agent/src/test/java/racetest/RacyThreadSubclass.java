package racetest;

// Thread subclasses overriding run() race on a shared static and on a field read by the parent before join.
public class RacyThreadSubclass {
    static long progress;

    static class Worker extends Thread {
        final int step;
        int result;

        Worker(int step) {
            this.step = step;
        }

        @Override
        public void run() {
            for (int i = 0; i < 50; i++) {
                progress += step; // race: racetest.RacyThreadSubclass.progress
            }
            result = step * 2; // race: racetest.RacyThreadSubclass$Worker.result
        }
    }

    public static void main(String[] args) throws Exception {
        Worker w1 = new Worker(1);
        Worker w2 = new Worker(2);
        w1.start();
        w2.start();
        int early = w1.result; // race: racetest.RacyThreadSubclass$Worker.result
        w1.join();
        w2.join();
        System.out.println(early + " " + progress + " " + w1.result + " " + w2.result);
    }
}
