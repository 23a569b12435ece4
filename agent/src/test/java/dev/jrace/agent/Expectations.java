package dev.jrace.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The races a test program must produce, written as comments on its source lines:
 * {@code x++; // race: racetest.Counter.count}. All lines with the same tag text make one
 * expected report whose two accesses are on those lines (one line: both accesses on it).
 * A program with no tag must produce no report.
 */
final class Expectations {
  private static final Pattern TAG = Pattern.compile("//\\s*(race(?:#\\d+)?):\\s*(.+?)\\s*$");

  private Expectations() {}

  static List<ExpectedRace> of(Path source) throws IOException {
    Map<String, ExpectedRace> byTag = new TreeMap<>();
    List<String> lines = Files.readAllLines(source);
    for (int n = 0; n < lines.size(); n++) {
      Matcher m = TAG.matcher(lines.get(n));
      if (m.find()) {
        String tag = m.group(1) + ": " + m.group(2);
        ExpectedRace r = byTag.computeIfAbsent(tag, t -> new ExpectedRace(m.group(2), new TreeSet<>()));
        r.lines().add(n + 1);
      }
    }
    return new ArrayList<>(byTag.values());
  }

  /** A race on {@code variable} between the accesses on {@code lines} (one or two lines). */
  record ExpectedRace(String variable, TreeSet<Integer> lines) {
    @Override
    public String toString() {
      return variable + " " + lines;
    }
  }
}
