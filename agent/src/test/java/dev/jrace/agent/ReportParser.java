package dev.jrace.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads jrace's text reports back: for each, the variable and the source lines of both accesses. */
final class ReportParser {
  private static final Pattern CURRENT =
      Pattern.compile("^(Read|Write) of (.+?) at \\S+\\((\\S+?):(\\d+)\\) by (.+):$");
  private static final Pattern PREVIOUS =
      Pattern.compile("^Previous (read|write) at \\S+\\((\\S+?):(\\d+)\\) by (.+):$");

  private ReportParser() {}

  static List<Expectations.ExpectedRace> races(String output) {
    List<Expectations.ExpectedRace> out = new ArrayList<>();
    String variable = null;
    int line = 0;
    for (String l : output.split("\\R")) {
      Matcher c = CURRENT.matcher(l);
      if (c.matches()) {
        variable = c.group(2).replaceFirst("@[0-9a-f]+$", ""); // a JDK object's identity hash
        line = Integer.parseInt(c.group(4));
        continue;
      }
      Matcher p = PREVIOUS.matcher(l);
      if (p.matches() && variable != null) {
        TreeSet<Integer> lines = new TreeSet<>();
        lines.add(line);
        lines.add(Integer.parseInt(p.group(3)));
        out.add(new Expectations.ExpectedRace(variable, lines));
        variable = null;
      }
    }
    return out;
  }

  static int count(String output, String text) {
    int n = 0;
    for (int i = output.indexOf(text); i >= 0; i = output.indexOf(text, i + 1)) {
      n++;
    }
    return n;
  }
}
