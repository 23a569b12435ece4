package racetest;
// no race
// invokeAll runs Callables that each fill their own slot HashMap (created by main before the
// call) and read a shared input list filled by main before the call; main reads the maps after
// invokeAll returns. invokeAll orders main's setup before the tasks and the tasks before its return.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class JdkNoRaceInvokeAllMaps {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<String> words = new ArrayList<>(List.of("a", "bb", "ccc"));
        List<Map<String, Integer>> results = new ArrayList<>();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Integer> mine = new HashMap<>();
            results.add(mine);
            final int id = i;
            tasks.add(() -> {
                for (String w : words) {
                    mine.put(w, w.length() * id);
                }
                return null;
            });
        }
        pool.invokeAll(tasks);
        int sum = 0;
        for (Map<String, Integer> m : results) {
            sum += m.get("ccc");
        }
        pool.shutdown();
        if (sum != 45) {
            throw new AssertionError(sum);
        }
    }
}
