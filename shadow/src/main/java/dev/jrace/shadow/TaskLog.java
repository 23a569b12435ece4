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
  private int[] scopesBefore = new int[8];
  private int next;

  /** Keeps {@code s}, run by a thread that worked for {@code scopeBefore}; returns its number. */
  int add(Submission s, int scopeBefore) {
    int n = next++;
    if (n == submissions.length && n < MAX) {
      submissions = java.util.Arrays.copyOf(submissions, n * 2);
      numbers = java.util.Arrays.copyOf(numbers, n * 2);
      scopesBefore = java.util.Arrays.copyOf(scopesBefore, n * 2);
    }
    int i = n & (submissions.length - 1);
    submissions[i] = s;
    numbers[i] = n;
    scopesBefore[i] = scopeBefore;
    return n;
  }

  /** The scope the thread worked for before task {@code n}, or null when that is no longer kept. Own thread only. */
  Integer scopeBefore(int n) {
    int i = n & (numbers.length - 1);
    return numbers[i] == n ? scopesBefore[i] : null;
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
