package com.example.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same test on SafeCounter: no race. */
class SafeCounterTest {
  @Test
  void twoThreadsCount() throws InterruptedException {
    SafeCounter counter = new SafeCounter();
    Thread a = new Thread(() -> counter.hit(), "hitter-a");
    Thread b = new Thread(() -> counter.hit(), "hitter-b");
    a.start();
    b.start();
    a.join();
    b.join();
    assertEquals(2, counter.hits());
  }
}
