package dev.jrace.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report as a user reads it: every part in place, in order. */
class ReportIT {
  @Test
  void theDemoReportNamesBothAccessesTheirThreadsAndWhereTheThreadsStarted() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "demo.Bank");
    assertEquals(66, r.exitCode(), r.all());
    String teller = "\"teller-(alice|bob)\"";
    Pattern report = Pattern.compile("""
        ==================
        WARNING: DATA RACE
        (Read|Write) of demo\\.Bank\\$Account\\.balance at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\) by thread TELLER:
          at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\)
          at demo\\.Bank\\.lambda\\$main\\$[01]\\(Bank\\.java:2[23]\\)
          at java\\.base/java\\.lang\\.Thread\\.run\\(Thread\\.java:\\d+\\)

        Previous (read|write) at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\) by thread TELLER:
          at demo\\.Bank\\$Account\\.deposit\\(Bank\\.java:12\\)

        Thread TELLER \\((running|finished)\\) created at:
          at demo\\.Bank\\.main\\(Bank\\.java:2[45]\\)

        Thread TELLER \\((running|finished)\\) created at:
          at demo\\.Bank\\.main\\(Bank\\.java:2[45]\\)
        ==================
        jrace: found 1 data race\\(s\\)
        """.replace("TELLER", teller));
    assertTrue(report.matcher(r.stderr()).matches(), r.all());
    assertTrue(r.stdout().matches("balance: (100|50|150)\n"), r.all());
  }

  @Test
  void anArrayRaceSaysWhichFieldHeldTheArray() throws Exception {
    ForkedJvm.Result r = ForkedJvm.run(null, "racetest.RacyFinalArrayElements");
    assertTrue(r.stderr().contains("\nLocation is an array read from field racetest.RacyFinalArrayElements.TABLE\n"),
        r.all());
  }
}
