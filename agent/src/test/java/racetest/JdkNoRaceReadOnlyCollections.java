package racetest;
// no race
// Main builds one object of many watched JDK classes before starting three threads that only
// read them (get, contains, size, firstKey, iteration, toString): reads never race with reads,
// and Thread.start orders main's writes before them.
import java.util.*;

public class JdkNoRaceReadOnlyCollections {
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) throws Exception {
        TreeMap<String, Integer> tree = new TreeMap<>(Map.of("a", 1, "b", 2));
        TreeSet<Integer> sorted = new TreeSet<>(List.of(3, 1, 2));
        LinkedHashMap<String, Integer> linked = new LinkedHashMap<>(tree);
        LinkedHashSet<String> names = new LinkedHashSet<>(List.of("x", "y"));
        EnumMap<Color, String> hex = new EnumMap<>(Color.class);
        hex.put(Color.RED, "#f00");
        IdentityHashMap<Object, String> ids = new IdentityHashMap<>();
        ids.put(Color.GREEN, "g");
        BitSet bits = new BitSet();
        bits.set(3);
        List<String> fixed = Arrays.asList("p", "q");
        PriorityQueue<Integer> pq = new PriorityQueue<>(List.of(5, 4));
        StringBuilder sb = new StringBuilder("frozen");
        Runnable reader = () -> {
            int n = tree.get("b") + sorted.first() + linked.size() + names.size() + hex.size()
                    + ids.size() + bits.cardinality() + fixed.size() + pq.peek() + sb.length();
            for (String k : linked.keySet()) {
                n += k.length();
            }
            if (n != 24 || !names.contains("y") || !hex.containsKey(Color.RED) || !bits.get(3)
                    || !sb.toString().equals("frozen")) {
                throw new AssertionError(n);
            }
        };
        Thread[] ts = {new Thread(reader), new Thread(reader), new Thread(reader)};
        for (Thread t : ts) {
            t.start();
        }
        for (Thread t : ts) {
            t.join();
        }
    }
}
