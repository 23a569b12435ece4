package racetest.host;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.util.Arrays;

/**
 * Prints what a program can observe of itself that instrumentation must not change: exception
 * messages (helpful NullPointerException text included), stack traces through instrumented
 * frames, declared fields seen by reflection, serialization ids. The test compares the output
 * with and without the agent.
 */
public class ExceptionsUnchanged {
  static class Node implements Serializable {
    int value;
    Node next;
    volatile long stamp;
  }

  static int[] numbers;

  static int depth(int n) {
    if (n == 0) {
      throw new IllegalStateException("bottom");
    }
    return depth(n - 1) + 1;
  }

  static synchronized void syncThrows() {
    throw new UnsupportedOperationException("from a synchronized method");
  }

  public static void main(String[] args) throws Exception {
    Node node = new Node();
    try {
      System.out.println(node.next.value);
    } catch (NullPointerException e) {
      System.out.println("npe: " + e.getMessage());
    }
    try {
      node.next.next = node;
    } catch (NullPointerException e) {
      System.out.println("npe: " + e.getMessage());
    }
    try {
      numbers[3] = 1;
    } catch (NullPointerException e) {
      System.out.println("npe: " + e.getMessage());
    }
    try {
      int[][] grid = new int[2][1];
      grid[1][1] = 5;
    } catch (ArrayIndexOutOfBoundsException e) {
      System.out.println("aioobe: " + e.getMessage());
    }
    try {
      depth(3);
    } catch (IllegalStateException e) {
      for (StackTraceElement frame : e.getStackTrace()) {
        System.out.println("  at " + frame);
      }
    }
    try {
      syncThrows();
    } catch (UnsupportedOperationException e) {
      System.out.println("sync: " + e.getMessage() + " " + e.getStackTrace()[0]);
    }
    Object lock = new Object();
    synchronized (lock) {
      Thread.currentThread().interrupt();
      try {
        lock.wait();
      } catch (InterruptedException e) {
        System.out.println("wait: " + e.getStackTrace()[e.getStackTrace().length - 1]);
      }
    }
    for (Field f : Node.class.getDeclaredFields()) {
      if (!f.isSynthetic()) {
        System.out.println("field " + f);
      }
    }
    System.out.println("suid " + ObjectStreamClass.lookup(Node.class).getSerialVersionUID());
    ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream());
    out.writeObject(node);
    System.out.println("methods " + Arrays.stream(Node.class.getDeclaredMethods())
        .filter(m -> !m.isSynthetic()).count());
  }
}
