package racetest;

/** Arrays.fill writes the elements it fills: racing with a plain read of one of them. */
public class RacyArraysFill {
  public static void main(String[] args) throws Exception {
    int[] data = new int[8];
    Thread filler = new Thread(() -> java.util.Arrays.fill(data, 2, 6, 7)); // race: int[] element 2
    filler.start();
    int seen = data[2]; // race: int[] element 2
    filler.join();
    System.out.println(seen + data[5]);
  }
}
