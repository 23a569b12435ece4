package j21;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Java 21 features for the validation suite (compiled with javac --release 21): records, a
 * sealed interface, record patterns, pattern switches with guards (invokedynamic
 * SwitchBootstraps.typeSwitch), an enum switch over patterns, and fields written by threads
 * that join (no race: the output must be the same with and without the agent).
 */
public final class Shapes {
  sealed interface Shape permits Circle, Square, Rect, Group {}

  record Circle(double radius) implements Shape {}

  record Square(double side) implements Shape {}

  record Rect(double w, double h) implements Shape {
    Rect {
      if (w < 0 || h < 0) {
        throw new IllegalArgumentException("negative");
      }
    }
  }

  record Group(List<Shape> members, String name) implements Shape {}

  enum Color { RED, GREEN, BLUE }

  sealed interface Expr {}

  record Num(int value) implements Expr {}

  record Add(Expr left, Expr right) implements Expr {}

  record Mul(Expr left, Expr right) implements Expr {}

  private double totalArea;
  private int visits;
  private static final AtomicInteger CALLS = new AtomicInteger();

  static double area(Shape s) {
    CALLS.incrementAndGet();
    return switch (s) {
      case Circle c when c.radius() == 0 -> 0;
      case Circle(double r) -> Math.PI * r * r;
      case Square(var side) -> side * side;
      case Rect(double w, double h) -> w * h;
      case Group(List<Shape> members, String name) -> {
        double sum = 0;
        for (Shape m : members) {
          sum += area(m);
        }
        yield sum;
      }
    };
  }

  static int eval(Expr e) {
    return switch (e) {
      case Num n -> n.value();
      case Add(Num(var a), Num(var b)) -> a + b;
      case Add(var l, var r) -> eval(l) + eval(r);
      case Mul(var l, var r) -> eval(l) * eval(r);
    };
  }

  static String describe(Object o) {
    return switch (o) {
      case null -> "null";
      case Integer i when i > 10 -> "big " + i;
      case Integer i -> "int " + i;
      case String str -> "string of " + str.length();
      case Color c when c == Color.RED -> "red";
      case Color c -> "color " + c.ordinal();
      case int[] a -> "ints " + a.length;
      default -> "other " + o.getClass().getSimpleName();
    };
  }

  static int colorCode(Color c) {
    return switch (c) {
      case RED -> 1;
      case GREEN -> 2;
      case BLUE -> 3;
    };
  }

  private synchronized void add(double a) {
    totalArea += a;
    visits++;
  }

  public static void main(String[] args) throws Exception {
    List<Shape> shapes = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      shapes.add(switch (i % 4) {
        case 0 -> new Circle(i % 7);
        case 1 -> new Square(i);
        case 2 -> new Rect(i, 2);
        default -> new Group(List.of(new Square(1), new Circle(0)), "g" + i);
      });
    }
    Shapes acc = new Shapes();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int from = t * 25;
      Thread th = new Thread(() -> {
        for (int i = from; i < from + 25; i++) {
          acc.add(area(shapes.get(i)));
        }
      });
      threads.add(th);
      th.start();
    }
    for (Thread th : threads) {
      th.join();
    }
    System.out.printf("area=%.3f visits=%d calls=%d%n", acc.totalArea, acc.visits, CALLS.get());
    System.out.println("eval=" + eval(new Add(new Mul(new Num(6), new Num(7)), new Add(new Num(1), new Num(2)))));
    for (Object o : new Object[] {null, 5, 50, "hello", Color.RED, Color.BLUE, new int[3], 2.5}) {
      System.out.println(describe(o));
    }
    int codes = 0;
    for (Color c : Color.values()) {
      codes = codes * 10 + colorCode(c);
    }
    System.out.println("codes=" + codes + " " + new Rect(1, 2) + " " + new Group(List.of(), "empty").equals(
        new Group(List.of(), "empty")));
  }
}
