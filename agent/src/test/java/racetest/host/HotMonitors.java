package racetest.host;

import java.util.concurrent.ConcurrentHashMap;

// Hot methods that hold monitors, one shape each, for the JIT to compile as it does without jrace:
// a synchronized block, a synchronized method, nested blocks around a caught exception, and a JDK
// method with a synchronized block (ConcurrentHashMap.putVal).
public class HotMonitors {
    static final Object LOCK = new Object();
    static final Object INNER = new Object();
    static long total;

    static long block(int[] a) {
        long sum = 0;
        synchronized (LOCK) {
            for (int i = 0; i < a.length; i++) {
                sum += a[i];
            }
            total += sum;
        }
        return sum;
    }

    synchronized long method(int[] a) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
        }
        return sum;
    }

    static long nested(int[] a, int k) {
        synchronized (LOCK) {
            synchronized (INNER) {
                try {
                    return a[k];
                } catch (ArrayIndexOutOfBoundsException e) {
                    return -1;
                }
            }
        }
    }

    public static void main(String[] args) {
        int[] a = new int[64];
        HotMonitors h = new HotMonitors();
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        long sum = 0;
        for (int i = 0; i < 30_000; i++) {
            sum += block(a) + h.method(a) + nested(a, i & 127);
            map.put(i & 255, i);
        }
        System.out.println(sum + map.size());
    }
}
