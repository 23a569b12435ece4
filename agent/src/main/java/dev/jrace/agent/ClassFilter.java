package dev.jrace.agent;

import java.util.regex.Pattern;

/**
 * Which classes are instrumented: not the JDK's, not jrace's own, and of the rest those the
 * user's include patterns match and exclude patterns do not. Patterns are JaCoCo's: class names
 * with {@code *} (any run of characters, dots too) and {@code ?} (one character).
 */
final class ClassFilter {
  private static final String[] NEVER = {
    "java/", "javax/", "jdk/", "sun/", "com/sun/", "dev/jrace/",
  };

  private final Pattern[] include;
  private final Pattern[] exclude;

  ClassFilter(String[] include, String[] exclude) {
    this.include = compile(include);
    this.exclude = compile(exclude);
  }

  /** True for JDK and jrace classes, whatever the options say. */
  static boolean isSystem(String internalName) {
    for (String prefix : NEVER) {
      if (internalName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  boolean instruments(String internalName) {
    if (internalName == null || isSystem(internalName)) {
      return false;
    }
    String name = internalName.replace('/', '.');
    return (include.length == 0 || matches(include, name)) && !matches(exclude, name);
  }

  private static boolean matches(Pattern[] patterns, String name) {
    for (Pattern p : patterns) {
      if (p.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  private static Pattern[] compile(String[] globs) {
    Pattern[] out = new Pattern[globs.length];
    for (int i = 0; i < globs.length; i++) {
      StringBuilder re = new StringBuilder();
      for (char c : globs[i].toCharArray()) {
        if (c == '*') {
          re.append(".*");
        } else if (c == '?') {
          re.append('.');
        } else {
          re.append(Pattern.quote(String.valueOf(c)));
        }
      }
      out[i] = Pattern.compile(re.toString());
    }
    return out;
  }
}
