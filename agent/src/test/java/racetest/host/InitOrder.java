package racetest.host;

/**
 * A superclass whose static initializer makes an instance of its subclass: when the subclass is
 * used first, its constructor runs before its own static initializer has begun (JLS 12.4.2).
 */
public class InitOrder {
  static class Base {
    static final Base DEFAULT = new Sub(7);
  }

  static class Sub extends Base {
    int x;
    volatile int y;

    Sub(int x) {
      this.x = x;
      this.y = x;
    }
  }

  public static void main(String[] args) {
    Sub first = new Sub(1);
    first.x++;
    System.out.println(first.x + " " + first.y + " " + ((Sub) Base.DEFAULT).x);
  }
}
