package dev.jrace.shadow;

/**
 * A data race: two accesses to {@code variable}, at least one a write, neither happening before
 * the other. For an array element or a JDK object, {@code holder} names the field the array or
 * object was read from where the instrumenter could tell, else it is null. For a JDK object
 * watched as a whole, {@code jdkClass} is its class and each access's site names the method
 * called; else it is null.
 */
public record Race(String variable, String holder, String jdkClass, Access current, Access previous) {
  public Race(String variable, Access current, Access previous) {
    this(variable, null, null, current, previous);
  }

  public Race(String variable, String holder, Access current, Access previous) {
    this(variable, holder, null, current, previous);
  }
}
