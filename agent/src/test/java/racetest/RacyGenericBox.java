package racetest;

// A generic Box<T> written by one thread and read by another without synchronization.
public class RacyGenericBox {
    static class Box<T> {
        T value;

        void set(T v) {
            value = v; // race: racetest.RacyGenericBox$Box.value
        }

        T get() {
            return value; // race: racetest.RacyGenericBox$Box.value
        }
    }

    public static void main(String[] args) throws Exception {
        Box<String> box = new Box<>();
        Thread t = new Thread(() -> box.set("hello"));
        t.start();
        String s = box.get();
        t.join();
        System.out.println("got " + (s == null ? "nothing" : s));
    }
}
