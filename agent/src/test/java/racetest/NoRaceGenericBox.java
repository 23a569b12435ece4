package racetest;
// no race
// A generic Box<T> with synchronized accessors shared by a writer and a reader.
public class NoRaceGenericBox {
    static class Box<T> {
        private T value;
        private int writes;

        synchronized void set(T v) {
            value = v;
            writes++;
        }

        synchronized T get() {
            return value;
        }

        synchronized int writes() {
            return writes;
        }
    }

    public static void main(String[] args) throws Exception {
        Box<String> names = new Box<>();
        Box<Integer> numbers = new Box<>();
        Thread w = new Thread(() -> {
            for (int i = 0; i < 20; i++) {
                names.set("n" + i);
                numbers.set(i);
            }
        });
        w.start();
        String n = names.get();
        Integer k = numbers.get();
        w.join();
        System.out.println((n == null ? "-" : n) + " " + (k == null ? -1 : k) + " " + names.writes());
    }
}
