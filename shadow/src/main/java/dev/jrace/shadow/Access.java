package dev.jrace.shadow;

import java.util.List;

/**
 * One side of a race: a read or write at a site, by a thread. {@code stack} is its stack when
 * known (the current access's; a previous access's restored from its thread's history), else
 * null and only the site's frame is shown; {@code stackLost} then says the history no longer
 * held it (or its thread is no longer remembered), rather than that there was no history.
 * {@code locks} are the sites where the locks the thread held were taken, first taken first;
 * each names the lock ({@code com.acme.Registry.this}) as its variable when that is known.
 * {@code task} says where the pool task the access ran in was submitted, when that is known.
 */
public record Access(boolean write, Site site, ThreadInfo thread, StackTraceElement[] stack, boolean stackLost,
    List<Site> locks, TaskOrigin task) {
  public Access(boolean write, Site site, ThreadInfo thread, StackTraceElement[] stack, boolean stackLost,
      List<Site> locks) {
    this(write, site, thread, stack, stackLost, locks, null);
  }

  public Access(boolean write, Site site, ThreadInfo thread, StackTraceElement[] stack) {
    this(write, site, thread, stack, false, List.of());
  }

  public Access(boolean write, Site site, ThreadInfo thread, StackTraceElement[] stack, boolean stackLost) {
    this(write, site, thread, stack, stackLost, List.of());
  }

  public String kind() {
    return write ? "write" : "read";
  }
}
