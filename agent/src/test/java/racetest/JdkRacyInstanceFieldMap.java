package racetest;

// A Registry object keeps a HashMap in an instance field; a thread registers a name through
// it while main looks a name up, with no synchronization: put races with get.
import java.util.HashMap;
import java.util.Map;

public class JdkRacyInstanceFieldMap {
    static final class Registry {
        private final Map<String, Integer> ids = new HashMap<>();

        void register(String name, int id) {
            ids.put(name, id); // race: java.util.HashMap
        }

        Integer lookup(String name) {
            return ids.get(name); // race: java.util.HashMap
        }
    }

    public static void main(String[] args) throws Exception {
        Registry reg = new Registry();
        reg.register("root", 0);
        Thread t = new Thread(() -> reg.register("user", 1));
        t.start();
        Integer id = reg.lookup("root");
        t.join();
        System.out.println(id);
    }
}
