package racetest;

// An object and its clone (super.clone(), which copies every field) are two objects: one thread
// updates the original, another the copy, with nothing between them, and that is no race.
public class NoRaceCloneThenMutate {
    static class Point implements Cloneable {
        int x;
        int y;

        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static class Point3 extends Point {
        int z;
    }

    public static void main(String[] args) throws Exception {
        Point3 original = new Point3();
        original.x = 1;
        original.z = 1;
        Point3 copy = (Point3) original.clone();
        Thread a = new Thread(() -> {
            original.x++;
            original.z++;
        });
        Thread b = new Thread(() -> {
            copy.x++;
            copy.z++;
        });
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(original.x + copy.x + original.z + copy.z);
    }
}
