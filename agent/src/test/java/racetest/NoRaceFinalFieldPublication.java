package racetest;
// no race
// Immutable objects: final fields (never watched), and an array and a mutable Inner object
// reachable only through final fields, all written in the constructor. One object is built by a
// child and published through a volatile field to another child; another is built by main and
// handed to a child by Thread.start. The readers only read, after the publishing edge.
public class NoRaceFinalFieldPublication {
    static final class Inner {
        int weight;
        String name;
    }

    static final class Shape {
        final int sides;
        final String label;
        final int[] lengths;
        final Inner inner;

        Shape(int sides, String label) {
            this.sides = sides;
            this.label = label;
            this.lengths = new int[sides];
            for (int i = 0; i < sides; i++) {
                lengths[i] = i + 1;
            }
            Inner in = new Inner();
            in.weight = sides * 10;
            in.name = label + "!";
            this.inner = in;
        }

        int perimeter() {
            int p = 0;
            for (int l : lengths) {
                p += l;
            }
            return p;
        }
    }

    static volatile Shape published;
    static final int[] seen = new int[2];

    public static void main(String[] args) throws Exception {
        Thread builder = new Thread(() -> published = new Shape(4, "square"));
        Thread reader = new Thread(() -> {
            Shape s;
            while ((s = published) == null) {
                Thread.yield();
            }
            seen[0] = s.sides + s.perimeter() + s.inner.weight + s.inner.name.length() + s.label.length();
        });
        reader.start();
        builder.start();
        Shape tri = new Shape(3, "tri");
        Thread startReader = new Thread(() -> {
            seen[1] = tri.sides + tri.perimeter() + tri.inner.weight + tri.inner.name.length();
        });
        startReader.start();
        reader.join();
        builder.join();
        startReader.join();
        if (seen[0] != 4 + 10 + 40 + 7 + 6 || seen[1] != 3 + 6 + 30 + 4) {
            throw new AssertionError(seen[0] + " " + seen[1]);
        }
    }
}
