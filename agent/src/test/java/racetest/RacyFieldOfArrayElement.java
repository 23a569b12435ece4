package racetest;

// Races on a field of an object stored in an array, and on a slot of an array of nested-class references.
public class RacyFieldOfArrayElement {
    static class Cell {
        int value;
    }

    public static void main(String[] args) throws Exception {
        Cell[] cells = new Cell[4];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new Cell();
        }
        Thread t = new Thread(() -> {
            cells[2].value = 7; // race: racetest.RacyFieldOfArrayElement$Cell.value
            cells[3] = new Cell(); // race: racetest.RacyFieldOfArrayElement$Cell[] element 3
        });
        t.start();
        int v = cells[2].value; // race: racetest.RacyFieldOfArrayElement$Cell.value
        Cell c3 = cells[3]; // race: racetest.RacyFieldOfArrayElement$Cell[] element 3
        t.join();
        System.out.println(v + " " + (c3 != null));
    }
}
