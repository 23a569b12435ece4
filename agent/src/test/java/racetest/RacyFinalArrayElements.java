package racetest;

// A final static array reference is never reported, but its elements still race.
public class RacyFinalArrayElements {
    static final int[] TABLE = new int[4];
    static final char[][] GRID = new char[2][3];

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> {
            TABLE[1] = 10; // race: int[] element 1
            GRID[0][2] = 'g'; // race: char[] element 2
        });
        t.start();
        int v = TABLE[1]; // race: int[] element 1
        char g = GRID[0][2]; // race: char[] element 2
        t.join();
        System.out.println(v + " " + (int) g);
    }
}
