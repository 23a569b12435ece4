package dev.jrace.shadow;

/** Where the detector sends the races it finds. */
public interface RaceSink {
  void race(Race race);
}
