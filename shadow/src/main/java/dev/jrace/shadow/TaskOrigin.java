package dev.jrace.shadow;

/**
 * Where the pool task an access ran in was submitted: by {@code thread}, at {@code stack} (top
 * first; the submitter's instrumented frames, the call that submitted the task on top).
 */
public record TaskOrigin(ThreadInfo thread, StackTraceElement[] stack) {}
