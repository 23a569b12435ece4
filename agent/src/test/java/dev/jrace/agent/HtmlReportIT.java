package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML summary ({@code html=DIR}) of the demo's race, rendered by a real headless browser
 * (Debian's chromium): the race grouped under its variable, both stacks, and the source line.
 */
class HtmlReportIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theSummaryRendersWithBothStacksAndTheSourceAroundTheAccess(@TempDir Path dir) throws Exception {
    ForkedJvm.Result run = ForkedJvm.run("html=" + dir, "demo.Bank");
    assertEquals(66, run.exitCode(), run.all());
    Path page = dir.resolve("index.html");
    assertTrue(Files.isRegularFile(page), run.all());
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed (apt-get install chromium)");
    ForkedJvm.Result dom = render(page);
    String html = dom.stdout();
    assertTrue(html.contains("<title>jrace: 1 data race(s)</title>"), dom.all());
    assertTrue(html.contains("<h2>demo.Bank$Account.balance</h2>"), dom.all());
    assertTrue(html.contains("at demo.Bank$Account.deposit(Bank.java:12)"), dom.all());
    assertTrue(html.contains("<b>Previous write</b>") || html.contains("<b>Previous read</b>"), dom.all());
    assertTrue(html.contains("<span class=\"hit\">   12        balance = balance + amount;</span>"), dom.all());
  }

  /** The page's DOM as chromium built it. */
  private static ForkedJvm.Result render(Path page) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--dump-dom", page.toUri().toString());
    Path out = Files.createTempFile("jrace-dom", ".html");
    Path err = Files.createTempFile("jrace-dom", ".err");
    try {
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "chromium did not finish");
      return new ForkedJvm.Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
