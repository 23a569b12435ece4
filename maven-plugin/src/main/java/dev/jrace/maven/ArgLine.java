package dev.jrace.maven;

import java.util.ArrayList;
import java.util.List;

/**
 * Composes a JVM argument line (Surefire's {@code argLine}) with jrace's {@code -javaagent}
 * first: what was there stays as it was written (another agent, a user's options), except an
 * earlier jrace agent, which is replaced, so running the goal twice gives one agent.
 */
final class ArgLine {
  private ArgLine() {}

  /**
   * {@code old} (null or blank: none) with {@code agent} (one argument, unquoted) in front and
   * any argument that loads a jrace agent removed.
   */
  static String prepend(String old, String agent, String agentJarPath) {
    StringBuilder line = new StringBuilder(quote(agent));
    for (String[] arg : split(old == null ? "" : old)) {
      if (!isJraceAgent(arg[1], agentJarPath)) {
        line.append(' ').append(arg[0]);
      }
    }
    return line.toString();
  }

  /** Whether an (unquoted) argument loads this race.jar, or one resolved from another place. */
  static boolean isJraceAgent(String arg, String agentJarPath) {
    if (!arg.startsWith("-javaagent:")) {
      return false;
    }
    String spec = arg.substring("-javaagent:".length());
    if (spec.equals(agentJarPath) || spec.startsWith(agentJarPath + "=")) {
      return true;
    }
    int eq = spec.indexOf(".jar=");
    String jar = eq < 0 ? spec : spec.substring(0, eq + 4);
    String name = jar.substring(Math.max(jar.lastIndexOf('/'), jar.lastIndexOf('\\')) + 1);
    return name.matches("jrace-agent-.*-race\\.jar");
  }

  /**
   * The arguments of a line as the shell-like splitting of Surefire (plexus-utils) sees them:
   * each is {raw text as written, value without its quotes}.
   */
  static List<String[]> split(String line) {
    List<String[]> args = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    StringBuilder value = new StringBuilder();
    char quote = 0;
    boolean inArg = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        raw.append(c);
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == quote) {
          raw.append(quote);
          value.append(quote);
          i++;
        } else {
          value.append(c);
        }
      } else if (Character.isWhitespace(c)) {
        if (inArg) {
          args.add(new String[] {raw.toString(), value.toString()});
          raw.setLength(0);
          value.setLength(0);
          inArg = false;
        }
      } else {
        inArg = true;
        raw.append(c);
        if (c == '"' || c == '\'') {
          quote = c;
        } else {
          value.append(c);
        }
      }
    }
    if (inArg) {
      args.add(new String[] {raw.toString(), value.toString()});
    }
    return args;
  }

  /** One argument as the line must hold it: in double quotes when it has a blank or a quote. */
  static String quote(String arg) {
    if (arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'')) {
      return arg;
    }
    return '"' + arg.replace("\"", "\\\"") + '"';
  }
}
