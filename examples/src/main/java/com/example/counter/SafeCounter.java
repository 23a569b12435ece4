package com.example.counter;

/** The same counter with its accesses under the object's lock. */
public class SafeCounter {
  private int hits;

  public synchronized void hit() {
    hits++;
  }

  public synchronized int hits() {
    return hits;
  }
}
