package dev.jrace.shadow;

/**
 * One side of a race: a read or write at a site, by a thread. {@code stack} is the full stack
 * when it is known (the current access), else null and only the site's frame is shown.
 */
public record Access(boolean write, Site site, ThreadInfo thread, StackTraceElement[] stack) {
  public String kind() {
    return write ? "write" : "read";
  }
}
