package racetest;
// no race
// Thread subclasses overriding run() compute into their own fields; the parent reads them after join.
public class NoRaceThreadSubclass {
    static class Summer extends Thread {
        private final int[] data;
        private final int from;
        private final int to;
        long sum;
        boolean done;

        Summer(int[] data, int from, int to) {
            this.data = data;
            this.from = from;
            this.to = to;
        }

        @Override
        public void run() {
            for (int i = from; i < to; i++) {
                sum += data[i];
            }
            done = true;
        }
    }

    public static void main(String[] args) throws Exception {
        int[] data = new int[100];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        Summer a = new Summer(data, 0, 50);
        Summer b = new Summer(data, 50, 100);
        a.start();
        b.start();
        a.join();
        b.join();
        if (!a.done || !b.done || a.sum + b.sum != 4950) {
            throw new AssertionError();
        }
    }
}
