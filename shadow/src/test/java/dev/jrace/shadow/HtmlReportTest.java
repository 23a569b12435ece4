package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
  private static final ThreadInfo T = new ThreadInfo(null, "<worker>", null);

  private static Race race(String variable, int line) {
    Site s = new Site("com.acme.Counter", "inc", "Counter.java", line, variable);
    return new Race(variable, new Access(true, s, T, null), new Access(false, s, T, null));
  }

  @Test
  void racesAreGroupedByVariableAndNamesAreEscaped() {
    String page = HtmlReport.page(List.of(race("com.acme.Counter.count", 3), race("com.acme.Counter.total", 4),
        race("com.acme.Counter.count", 5)), List.of());
    assertTrue(page.contains("<title>jrace: 3 data race(s)</title>"), page);
    assertEquals(2, page.split("<h2>", -1).length - 1, page);
    assertEquals(3, page.split("<div class=\"race\">", -1).length - 1, page);
    assertTrue(page.contains("by thread &quot;&lt;worker&gt;&quot;"), page);
  }

  @Test
  void theSourceAroundAnAccessIsShownWhenItsFileIsFound(@TempDir Path root) throws Exception {
    Path file = root.resolve("com/acme/Counter.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "l1\nl2\nl3 <x>\nl4\nl5\nl6\nl7\nl8\n");
    String page = HtmlReport.page(List.of(race("com.acme.Counter.count", 3)), List.of(root));
    assertTrue(page.contains("<span class=\"hit\">    3  l3 &lt;x&gt;</span>"), page);
    assertTrue(page.contains("    6  l6\n") && !page.contains("    7  l7"), page);
  }

  @Test
  void aRunWithoutRacesSaysSo() {
    assertTrue(HtmlReport.page(List.of(), List.of()).contains("<p>No data race was found.</p>"));
  }
}
