package dev.jrace.shadow;

/**
 * A data race: two accesses to {@code variable}, at least one a write, neither happening before
 * the other. For an array element, {@code arrayField} names the field the array was read from
 * where the instrumenter could tell, else it is null.
 */
public record Race(String variable, String arrayField, Access current, Access previous) {
  public Race(String variable, Access current, Access previous) {
    this(variable, null, current, previous);
  }
}
