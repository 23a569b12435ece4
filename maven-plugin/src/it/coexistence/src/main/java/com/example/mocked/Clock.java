package com.example.mocked;

/** A final class: only Mockito's inline mock maker (which retransforms it) can mock it. */
public final class Clock {
  private long ticks;

  public long now() {
    return ++ticks;
  }
}
