package racetest;

import java.util.ArrayList;

// A subclass of a JDK class that inherits its clone() (ArrayList's, which calls Object.clone in
// the JDK's own code): the copy is another object, so updating each in its own thread is no race.
public class NoRaceCloneOfJdkSubclass {
    static class Tagged extends ArrayList<String> {
        int tag;
    }

    public static void main(String[] args) throws Exception {
        Tagged original = new Tagged();
        original.tag = 1;
        Tagged copy = (Tagged) original.clone();
        Thread a = new Thread(() -> original.tag++);
        Thread b = new Thread(() -> copy.tag++);
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(original.tag + copy.tag);
    }
}
