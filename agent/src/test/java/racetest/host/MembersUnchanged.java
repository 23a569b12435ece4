package racetest.host;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.io.Serializable;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.Arrays;

/**
 * Prints what reflection and serialization show of classes jrace gives shadow members to
 * (every field below is watched), then races on one of them. The test compares the output with
 * and without the agent: it must be the same, the race reported. Run with a second agent
 * ({@link Retransformer}), it also retransforms the classes, as Mockito's inline mock maker does.
 */
public class MembersUnchanged {
  /** Serializable, with a static initializer of its own and no serialVersionUID. */
  static class Point implements Serializable {
    static int made;
    int x;
    public long y;
    private String label;
    transient Point next;

    static {
      made = 0;
    }

    public int x() {
      return x;
    }
  }

  /** Public fields: their accessors would be public, listed by getFields() and getMethods(). */
  public static class Base {
    public int a;
    protected Object b;
    public static int counter;
  }

  /** A subclass with fields of its own, cloned: each class in the chain has shadows. */
  public static class Derived extends Base implements Cloneable {
    public double c;

    @Override
    public Derived clone() throws CloneNotSupportedException {
      return (Derived) super.clone();
    }
  }

  /** Started as a second agent, to retransform classes with shadow members. */
  public static class Retransformer {
    static Instrumentation inst;

    public static void premain(String args, Instrumentation inst) {
      Retransformer.inst = inst;
    }
  }

  public static void main(String[] args) throws Exception {
    for (Class<?> c : new Class<?>[] {Point.class, Base.class, Derived.class}) {
      show(c);
    }
    for (String name : new String[] {"$jrace$x", "$jrace$h$x", "$jrace$made"}) {
      try {
        Point.class.getDeclaredField(name);
        System.out.println("getDeclaredField(" + name + ") found it");
      } catch (NoSuchFieldException e) {
        System.out.println("getDeclaredField(" + name + "): " + e);
      }
    }
    try {
      Point.class.getDeclaredMethod("$jrace$x", Point.class);
      System.out.println("getDeclaredMethod($jrace$x) found it");
    } catch (NoSuchMethodException e) {
      System.out.println("getDeclaredMethod($jrace$x): " + e);
    }
    Field[] copied = copyFields(Point.class);
    System.out.println("fields copied by reflection: " + copied.length);

    ObjectStreamClass desc = ObjectStreamClass.lookup(Point.class);
    System.out.println("serialVersionUID " + desc.getSerialVersionUID());
    for (ObjectStreamField f : desc.getFields()) {
      System.out.println("  serial field " + f.getName() + " " + f.getTypeString());
    }
    Point p = new Point();
    p.x = 3;
    p.y = 4;
    p.label = "p";
    p.next = p;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Point q = (Point) in.readObject();
      System.out.println("read back x=" + q.x + " y=" + q.y + " label=" + q.label + " next=" + q.next);
    }

    Derived d = new Derived();
    d.a = 1;
    Derived copy = d.clone();
    System.out.println("clone a=" + copy.a);

    if (Retransformer.inst != null) {
      Retransformer.inst.retransformClasses(Point.class, Base.class, Derived.class);
      System.out.println("retransformed");
      show(Point.class);
    }

    Thread t = new Thread(() -> p.x++); // races with the main thread's p.x++
    t.start();
    p.x++;
    t.join();
    System.out.println("x " + p.x);
  }

  private static void show(Class<?> c) {
    System.out.println(c.getSimpleName() + ":");
    print("declared field", c.getDeclaredFields());
    print("declared method", c.getDeclaredMethods());
    print("field", c.getFields());
    print("method", c.getMethods());
  }

  private static void print(String what, Member[] members) {
    Arrays.stream(members).map(Object::toString).sorted().forEach(m -> System.out.println("  " + what + " " + m));
  }

  /** What a reflection-based copier does: every instance field of the class, read and set. */
  private static Field[] copyFields(Class<?> c) throws IllegalAccessException {
    Point from = new Point();
    Point to = new Point();
    Field[] fields = Arrays.stream(c.getDeclaredFields())
        .filter(f -> !java.lang.reflect.Modifier.isStatic(f.getModifiers())).toArray(Field[]::new);
    for (Field f : fields) {
      f.setAccessible(true);
      f.set(to, f.get(from));
    }
    return fields;
  }
}
