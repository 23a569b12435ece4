package dev.jrace.shadow;

/** A data race: two accesses to {@code variable}, at least one a write, neither happening before the other. */
public record Race(String variable, Access current, Access previous) {}
