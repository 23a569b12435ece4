package com.example.counter;

/** A hit counter, with no synchronization: two threads that call hit() race on hits. */
public class Counter {
  private int hits;

  public void hit() {
    hits++;
  }

  public int hits() {
    return hits;
  }
}
