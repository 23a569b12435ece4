package dev.jrace.shadow;

/**
 * The submissions of the last tasks a thread ran, by number, for the marks in its frames (see
 * TaskMarks). Only its thread adds; a report reads from another thread and checks the number,
 * so an entry overwritten meanwhile reads as unknown, never as another task's.
 */
final class TaskLog {
  private static final int MAX = 1024;

  private Submission[] submissions = new Submission[8];
  private int[] numbers = new int[8];
  private int next;

  /** Keeps {@code s}; returns its number. */
  int add(Submission s) {
    int n = next++;
    if (n == submissions.length && n < MAX) {
      submissions = java.util.Arrays.copyOf(submissions, n * 2);
      numbers = java.util.Arrays.copyOf(numbers, n * 2);
    }
    int i = n & (submissions.length - 1);
    submissions[i] = s;
    numbers[i] = n;
    return n;
  }

  /** The submission numbered {@code n}, or null when it is no longer kept. */
  Submission get(int n) {
    Submission[] s = submissions;
    int[] ns = numbers;
    int i = n & (Math.min(s.length, ns.length) - 1);
    Submission found = s[i];
    return ns[i] == n ? found : null;
  }
}
