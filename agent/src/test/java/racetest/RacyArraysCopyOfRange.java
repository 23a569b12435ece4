package racetest;

/** Arrays.copyOfRange reads the range it copies: racing with a write inside that range. */
public class RacyArraysCopyOfRange {
  public static void main(String[] args) throws Exception {
    char[] text = "hello world".toCharArray();
    Thread writer = new Thread(() -> text[7] = 'W'); // race: char[] element 7
    writer.start();
    char[] word = java.util.Arrays.copyOfRange(text, 6, 20); // race: char[] element 7
    writer.join();
    System.out.println(new String(word).trim());
  }
}
