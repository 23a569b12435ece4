package dev.jrace.shadow;

import java.lang.ref.WeakReference;

/**
 * Where a task was handed to an executor: the submitting thread and its shadow stack at that
 * moment (instrumented frames only). Holds the task weakly, as the key it was recorded under.
 */
final class Submission extends WeakReference<Object> {
  final ThreadInfo thread;
  /** The submitter's frames, bottom first (see History), possibly topped by the tasks it ran in. */
  final long[] frames;
  /** The site of the call that submitted the task. */
  final int at;
  /** The scope (test) the submitter worked for: the task works for it too. */
  final int scope;

  Submission(Object task, ThreadInfo thread, long[] frames, int at, int scope) {
    super(task);
    this.thread = thread;
    this.frames = frames;
    this.at = at;
    this.scope = scope;
  }

  /** What a report shows: the submitting stack, down to the task that stack itself ran in. */
  TaskOrigin origin(SiteTable sites) {
    return new TaskOrigin(thread, RestoredStack.calls(sites, frames, TaskMarks.base(frames, frames.length),
        frames.length, at));
  }
}
