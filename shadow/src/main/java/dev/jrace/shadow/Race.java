package dev.jrace.shadow;

import java.util.List;

/**
 * A data race: two accesses to {@code variable}, at least one a write, neither happening before
 * the other. For an array element or a JDK object, {@code holder} names the field the array or
 * object was read from where the instrumenter could tell, else it is null. For a JDK object
 * watched as a whole, {@code jdkClass} is its class and each access's site names the method
 * called; else it is null. {@code unheld} names the locks that every access of the variable
 * holding a lock held, when one of the two accesses held no lock (the current one if
 * {@code currentUnheld}, else the previous): the likely fix. Often empty.
 */
public record Race(String variable, String holder, String jdkClass, Access current, Access previous,
    List<String> unheld, boolean currentUnheld) {
  public Race(String variable, Access current, Access previous) {
    this(variable, null, null, current, previous, List.of(), false);
  }

  public Race(String variable, String holder, Access current, Access previous) {
    this(variable, holder, null, current, previous, List.of(), false);
  }

  public Race(String variable, String holder, String jdkClass, Access current, Access previous) {
    this(variable, holder, jdkClass, current, previous, List.of(), false);
  }
}
