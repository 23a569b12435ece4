package racetest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Methods that make JDK objects or arrays and keep them to themselves, or let them out (FreshObjectsTest). */
public class FreshTarget {
    private Map<String, Integer> map;
    private int[] numbers;

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

    int scratchArray(int x) {
        int[] local = new int[16];
        for (int j = 0; j < local.length; j++) {
            local[j] = x ^ j;
        }
        return local[x & 15];
    }

    long[] returnedArray(long v) {
        long[] a = new long[2];
        a[0] = v;
        return a;
    }

    void arrayStoredInField() {
        int[] a = new int[4];
        a[0] = 1;
        numbers = a;
    }

    void arrayPassedToCopy(int[] to) {
        int[] a = new int[4];
        a[0] = 1;
        System.arraycopy(a, 0, to, 0, 4);
    }

    Runnable arrayCapturedByLambda() {
        int[] a = new int[1];
        a[0] = 1;
        return () -> a[0]++;
    }

    void arrayStoredInAnother() {
        Object[] outer = new Object[1];
        int[] inner = new int[1];
        outer[0] = inner;
        inner[0] = 1;
    }

    int rowOfAGrid() {
        int[][] grid = new int[2][2];
        grid[0][1] = 5;
        return grid[1][0];
    }

    int arrayOrParameter(int[] given, boolean fresh) {
        int[] a = fresh ? new int[1] : given;
        return a[0];
    }

    int arrayFromAField() {
        return numbers[0];
    }

    private static void consume(Object o) {
    }
}
