package com.example.counter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passes (a lost update still leaves a positive count), yet the two threads race on Counter.hits. */
class RacyCounterTest {
  @Test
  void twoThreadsCount() throws InterruptedException {
    Counter counter = new Counter();
    Thread a = new Thread(() -> counter.hit(), "hitter-a");
    Thread b = new Thread(() -> counter.hit(), "hitter-b");
    a.start();
    b.start();
    a.join();
    b.join();
    assertTrue(counter.hits() >= 1);
  }
}
