package racetest;
// no race
// Several threads add to and read a Collections.synchronizedList(new ArrayList<>()): the
// program only calls the thread-safe wrapper, which locks before touching the ArrayList.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class JdkNoRaceSynchronizedListWrapper {
    static final List<Integer> list = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            final int id = i;
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 100; k++) {
                    list.add(id);
                    if (list.size() == 0 || list.contains(-1)) {
                        throw new AssertionError();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        if (list.size() != 400) {
            throw new AssertionError(list.size());
        }
    }
}
