package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The access mode each VarHandle and Unsafe method stands for: plain and opaque accesses
 * synchronize nothing; volatile and acquire reads acquire; volatile and release writes release;
 * atomic updates do both (JLS 17.4, VarHandle access modes). Modes: 0 none, 1 read (acquire),
 * 2 write (release), 3 update (both), as SyncThunks numbers them.
 */
class SyncRulesTest {
  @ParameterizedTest
  @CsvSource({
    "get, 0", "set, 0", "getOpaque, 0", "setOpaque, 0", "weakCompareAndSetPlain, 0",
    "getVolatile, 1", "getAcquire, 1", "setVolatile, 2", "setRelease, 2",
    "compareAndSet, 3", "compareAndExchangeAcquire, 3", "weakCompareAndSetRelease, 3",
    "getAndAdd, 3", "getAndSet, 3", "getAndBitwiseOr, 3",
    "getInt, 0", "putReference, 0", "getReferenceAcquire, 1", "getIntVolatile, 1",
    "putReferenceRelease, 2", "putLongVolatile, 2", "putOrderedInt, 2",
    "compareAndSetInt, 3", "compareAndSwapObject, 3", "getAndAddLong, 3",
    "weakCompareAndSetIntPlain, 0",
  })
  void accessModes(String method, int mode) {
    assertEquals(mode, SyncRules.mode(method), method);
  }

  /** In JDK code plain and opaque accesses count as reads and writes: it pairs them with fences. */
  @ParameterizedTest
  @CsvSource({
    "get, 1", "set, 2", "getOpaque, 1", "setOpaque, 2", "getInt, 1", "putReference, 2",
    "putIntOpaque, 2", "getReferenceAcquire, 1", "compareAndSetInt, 3", "weakCompareAndSetPlain, 3",
  })
  void accessModesInJdkCode(String method, int mode) {
    assertEquals(mode, SyncRules.jdkMode(method), method);
  }
}
