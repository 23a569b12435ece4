package com.example.mocked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

/** Mockito 5's inline mock maker attaches itself to the test JVM and retransforms Clock. */
class FinalMockTest {
  @Test
  void mocksAFinalClass() {
    Clock clock = mock(Clock.class);
    when(clock.now()).thenReturn(42L);
    assertEquals(42L, clock.now());
    verify(clock).now();
  }

  @Test
  void theRealClassStillWorks() {
    Clock clock = new Clock();
    clock.now();
    assertEquals(2L, clock.now());
  }

  @Test
  void theProjectsOwnArgLineIsKept() {
    assertEquals("kept", System.getProperty("coexistence.argLine"));
  }
}
