package racetest;

// A non-static inner class updates its own field and a field of the enclosing instance from two threads.
public class RacyInnerClass {
    int total;

    class Inner {
        int value;

        void bump() {
            value++; // race: racetest.RacyInnerClass$Inner.value
            total++; // race: racetest.RacyInnerClass.total
        }
    }

    public static void main(String[] args) throws Exception {
        RacyInnerClass outer = new RacyInnerClass();
        RacyInnerClass.Inner inner = outer.new Inner();
        Thread t1 = new Thread(inner::bump);
        Thread t2 = new Thread(inner::bump);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println(inner.value + " " + outer.total);
    }
}
