package racetest;
// no race
// Constructors write fields, then the objects are handed to threads via start(), including a Thread subclass.
public class NoRaceConstructorThenStart {
    static class Point {
        int x;
        int y;
        String tag;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            this.tag = "p" + x;
        }
    }

    static class Mover extends Thread {
        private final Point p;
        private int dx;
        int moved;

        Mover(Point p, int dx) {
            this.p = p;
            this.dx = dx;
        }

        @Override
        public void run() {
            p.x += dx;
            moved = p.x + p.y;
        }
    }

    public static void main(String[] args) throws Exception {
        Point a = new Point(1, 2);
        Point b = new Point(3, 4);
        Thread reader = new Thread(() -> {
            int s = a.x + a.y + a.tag.length();
            if (s < 0) {
                System.out.println("impossible");
            }
        });
        Mover mover = new Mover(b, 10);
        reader.start();
        mover.start();
        reader.join();
        mover.join();
        System.out.println(mover.moved + " " + b.x + " " + b.tag);
    }
}
