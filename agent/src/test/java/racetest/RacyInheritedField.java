package racetest;

// Fields declared in a base class and accessed through a subclass are named after the declaring class.
public class RacyInheritedField {
    static class Base {
        int x;
        static int count;
    }

    static class Sub extends Base {
        int y;
    }

    static void bump() {
        Sub.count++; // race: racetest.RacyInheritedField$Base.count
    }

    public static void main(String[] args) throws Exception {
        Sub sub = new Sub();
        Thread t = new Thread(() -> {
            sub.x = 5; // race: racetest.RacyInheritedField$Base.x
            sub.y = 6;
            bump();
        });
        t.start();
        int v = sub.x; // race: racetest.RacyInheritedField$Base.x
        bump();
        t.join();
        System.out.println(v + " " + sub.y + " " + Base.count);
    }
}
