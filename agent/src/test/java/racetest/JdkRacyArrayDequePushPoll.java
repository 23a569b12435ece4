package racetest;

// A thread pushes onto an ArrayDeque while main polls it, unsynchronized. Both push and poll
// modify the deque: write vs write.
import java.util.ArrayDeque;

public class JdkRacyArrayDequePushPoll {
    static final ArrayDeque<String> stack = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        stack.push("bottom");
        Thread t = new Thread(() -> {
            stack.push("top"); // race: java.util.ArrayDeque
        });
        t.start();
        String s = stack.poll(); // race: java.util.ArrayDeque
        t.join();
        System.out.println(s);
    }
}
