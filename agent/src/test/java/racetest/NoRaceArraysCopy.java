package racetest;
// no race

/** Arrays.copyOf and sort on arrays handed over by start and join: ordered. */
public class NoRaceArraysCopy {
  public static void main(String[] args) throws Exception {
    long[] data = {5, 3, 9, 1};
    Thread sorter = new Thread(() -> java.util.Arrays.sort(data));
    sorter.start();
    sorter.join();
    long[] copy = java.util.Arrays.copyOf(data, 10);
    data[0] = 42;
    Thread reader = new Thread(() -> System.out.println(java.util.Arrays.toString(copy) + data[0]));
    reader.start();
    reader.join();
  }
}
