package dev.jrace.shadow;

import java.util.ArrayList;
import java.util.List;

/**
 * A variable's candidate locks, much as Eraser keeps them: the named locks every access so far
 * that held any named lock held. Accesses holding none are left out, so that when a race pairs
 * such an access with a locked one, the report can say which lock the others use. Arrays are
 * shared and never changed; most variables' candidates soon become empty and stay so.
 */
final class Guards {
  private static final String[] NONE = {};

  private Guards() {}

  /** The candidates after an access holding {@code held}; {@code guards} null before the first access. */
  static String[] with(String[] guards, String[] held) {
    if (held.length == 0) {
      return guards;
    }
    if (guards == null) {
      return held;
    }
    if (guards.length == 0) {
      return guards;
    }
    int kept = 0;
    for (String g : guards) {
      if (contains(held, g)) {
        kept++;
      }
    }
    if (kept == guards.length) {
      return guards;
    }
    String[] out = kept == 0 ? NONE : new String[kept];
    int i = 0;
    for (String g : guards) {
      if (kept > 0 && contains(held, g)) {
        out[i++] = g;
      }
    }
    return out;
  }

  /** The candidates an access holding {@code held} lacks: all of them when it held none, else none. */
  static List<String> missing(String[] guards, String[] held) {
    if (guards == null || guards.length == 0 || held.length > 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String g : guards) {
      if (!contains(held, g)) {
        out.add(g);
      }
    }
    return out;
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) { // not Arrays.asList: every access under a named lock comes here
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }
}
