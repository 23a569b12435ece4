package racetest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Methods that make JDK objects and keep them to themselves, or let them out (FreshObjectsTest). */
public class FreshTarget {
    private Map<String, Integer> map;

    String localBuilder(int n) {
        StringBuilder b = new StringBuilder();
        b.append("n=").append(n);
        return b.toString();
    }

    List<Integer> returnedList() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        return list;
    }

    void storedInField() {
        Map<String, Integer> m = new HashMap<>();
        m.put("a", 1);
        map = m;
    }

    Runnable capturedByLambda() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        return () -> list.add(2);
    }

    void passedAsArgument() {
        List<Integer> list = new ArrayList<>();
        list.add(1);
        consume(list);
    }

    void mergedWithParameter(List<Integer> given, boolean fresh) {
        List<Integer> list = fresh ? new ArrayList<>() : given;
        list.add(1);
    }

    void addedToAnother() {
        List<Integer> inner = new ArrayList<>();
        List<List<Integer>> outer = new ArrayList<>();
        outer.add(inner);
        inner.add(1);
    }

    void fromAField() {
        map.put("b", 2);
    }

    private static void consume(Object o) {
    }
}
