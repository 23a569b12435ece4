package racetest.rules;

/** One method per rewriting rule; InstructionRulesTest holds the instrumented listing of each. */
public class Target {
  int field;
  long wide;
  volatile int flag;
  static int counter;
  final int constant = 1;
  int[] array;

  int readField() {
    return field;
  }

  void writeWide(long v) {
    wide = v;
  }

  int readVolatile() {
    return flag;
  }

  void writeStatic(int v) {
    counter = v;
  }

  int readFinal() {
    return constant;
  }

  void storeElement(int i, int v) {
    array[i] = v;
  }

  void lock(Object o) {
    synchronized (o) {
      counter = 1;
    }
  }

  synchronized void syncMethod() {
  }

  void startAndJoin(Thread t) throws InterruptedException {
    t.start();
    t.join(5L);
  }

  void waitOn(Object o) throws InterruptedException {
    o.wait();
  }

  void copy(int[] a, int[] b) {
    System.arraycopy(a, 0, b, 1, 2);
  }

  Target() {
    this.field = 2;
  }
}
