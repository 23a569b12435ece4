package racetest;
// no race
// A synchronized recursive method re-enters its own monitor at every level while updating shared state.
public class NoRaceRecursionSync {
    static int leaves;
    static int maxDepth;

    static synchronized int walk(int depth) {
        if (depth > maxDepth) {
            maxDepth = depth;
        }
        if (depth == 6) {
            leaves++;
            return 1;
        }
        return walk(depth + 1) + walk(depth + 1);
    }

    public static void main(String[] args) throws Exception {
        Thread t1 = new Thread(() -> walk(0));
        Thread t2 = new Thread(() -> walk(2));
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        if (leaves != 64 + 16 || maxDepth != 6) {
            throw new AssertionError(leaves + " " + maxDepth);
        }
    }
}
