package racetest;
// no race
// Happens-before is transitive through two different volatile flags across three threads.
public class NoRaceVolatileChain {
    static int data;
    static int derived;
    static volatile boolean stage1;
    static volatile boolean stage2;

    public static void main(String[] args) throws Exception {
        Thread first = new Thread(() -> {
            data = 21;
            stage1 = true;
        });
        Thread second = new Thread(() -> {
            while (!stage1) {
                Thread.yield();
            }
            derived = data * 2;
            stage2 = true;
        });
        Thread third = new Thread(() -> {
            while (!stage2) {
                Thread.yield();
            }
            if (data + derived != 63) {
                throw new AssertionError();
            }
            data = 0;
        });
        third.start();
        second.start();
        first.start();
        third.join();
        second.join();
        first.join();
    }
}
