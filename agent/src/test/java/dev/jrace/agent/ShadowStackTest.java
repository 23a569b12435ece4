package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jrace.shadow.SiteTable;
import dev.jrace.shadow.ThreadState;
import dev.jrace.thunks.Thunks;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Func-enter and func-exit stay balanced whatever way a method is left. */
class ShadowStackTest {
  @ParameterizedTest
  @CsvSource({
    "recurse, java.lang.IllegalStateException",
    "locked, java.lang.IllegalArgumentException",
    "construct, java.lang.IllegalStateException",
    "overflow, java.lang.StackOverflowError",
    "badInit, java.lang.ExceptionInInitializerError",
  })
  void exceptionalExitsLeaveTheShadowStackAsItWas(String method, String thrown) throws Exception {
    Class<?> c = new InstrumentingLoader("racetest.rules.", new SiteTable()).loadClass("racetest.rules.Unwinding");
    Method m = c.getMethod(method, method.equals("recurse") || method.equals("overflow")
        ? new Class<?>[] {int.class} : new Class<?>[0]);
    ThreadState t = Thunks.current();
    int depth = t.depth();
    Object[] args = m.getParameterCount() == 1 ? new Object[] {5} : new Object[0];
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> m.invoke(null, args));
    assertInstanceOf(Class.forName(thrown), e.getCause());
    assertEquals(depth, t.depth());
    assertEquals(0, t.ignore);
  }
}
