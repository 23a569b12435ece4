package racetest;

// A class implementing an interface has a mutable static counter bumped in its constructor by two threads.
public class RacyInterfaceImplStatic {
    interface Shape {
        int SIDES_UNKNOWN = -1;

        double area();
    }

    static class Square implements Shape {
        static int instances;
        double side;

        Square(double side) {
            this.side = side;
            instances++; // race: racetest.RacyInterfaceImplStatic$Square.instances
        }

        @Override
        public double area() {
            return side * side;
        }
    }

    public static void main(String[] args) throws Exception {
        Runnable r = () -> {
            double a = 0;
            for (int i = 1; i <= 5; i++) {
                Shape s = new Square(i);
                a += s.area() + Shape.SIDES_UNKNOWN;
            }
            if (a < 0) {
                System.out.println("impossible");
            }
        };
        Thread t1 = new Thread(r);
        Thread t2 = new Thread(r);
        t1.start();
        t2.start();
        t1.join();
        t2.join();
        System.out.println("instances=" + Square.instances);
    }
}
