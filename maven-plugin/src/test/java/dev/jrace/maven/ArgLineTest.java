package dev.jrace.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

class ArgLineTest {
  static final String JAR = "/m2/dev/jrace/jrace-agent/0.1.0/jrace-agent-0.1.0-race.jar";

  @Test
  void agentAloneWhenThePropertyIsUnsetOrBlank() {
    assertEquals("-javaagent:" + JAR, ArgLine.prepend(null, "-javaagent:" + JAR, JAR));
    assertEquals("-javaagent:" + JAR, ArgLine.prepend("  ", "-javaagent:" + JAR, JAR));
  }

  @Test
  void prependsAndKeepsWhatWasThereAsWritten() {
    String jacoco = "-javaagent:/m2/org/jacoco/org.jacoco.agent-0.8.14-runtime.jar=destfile=/p/target/jacoco.exec";
    String old = jacoco + "  -Xmx512m \"-Dmsg=a b\" -javaagent:/m2/mockito-core-5.20.0.jar";
    assertEquals("-javaagent:" + JAR + "=exitcode=3 " + jacoco + " -Xmx512m \"-Dmsg=a b\" -javaagent:/m2/mockito-core-5.20.0.jar",
        ArgLine.prepend(old, "-javaagent:" + JAR + "=exitcode=3", JAR));
  }

  @Test
  void runningTwiceGivesOneAgentWithTheNewOptions() {
    String once = ArgLine.prepend("-Xss1m", "-javaagent:" + JAR + "=verbose=1", JAR);
    String twice = ArgLine.prepend(once, "-javaagent:" + JAR + "=format=json", JAR);
    assertEquals("-javaagent:" + JAR + "=format=json -Xss1m", twice);
    assertEquals(twice, ArgLine.prepend(twice, "-javaagent:" + JAR + "=format=json", JAR));
  }

  @Test
  void replacesARaceJarOfAnotherPlaceOrVersionAndAQuotedOne() {
    String other = "-javaagent:/elsewhere/jrace-agent-0.0.9-race.jar=exitcode=1";
    assertEquals("-javaagent:" + JAR + " -Da=1", ArgLine.prepend(other + " -Da=1", "-javaagent:" + JAR, JAR));
    String spaced = "/my repo/jrace-agent-0.1.0-race.jar";
    String line = ArgLine.prepend("-Da=1", "-javaagent:" + spaced, spaced);
    assertEquals("\"-javaagent:" + spaced + "\" -Da=1", line);
    assertEquals(line, ArgLine.prepend(line, "-javaagent:" + spaced, spaced));
  }

  @Test
  void otherAgentsAreNotJrace() {
    assertFalse(ArgLine.isJraceAgent("-javaagent:/x/race.jar.bak/jacocoagent.jar=destfile=jrace-agent-1-race.jar", JAR));
    assertFalse(ArgLine.isJraceAgent("-Djrace=" + JAR, JAR));
    assertTrue(ArgLine.isJraceAgent("-javaagent:C:\\m2\\jrace-agent-0.1.0-race.jar=verbose=1", JAR));
  }

  @Test
  void splitsAsSurefireDoes() {
    var args = ArgLine.split(" a  'b c' \"d \\\"e\\\"\" f");
    assertEquals(4, args.size());
    assertEquals("b c", args.get(1)[1]);
    assertEquals("'b c'", args.get(1)[0]);
    assertEquals("d \"e\"", args.get(2)[1]);
  }

  @Test
  void parametersBecomeTheAgentsOptionNames() throws MojoExecutionException {
    PrepareAgentMojo mojo = new PrepareAgentMojo();
    assertEquals("", mojo.agentOptions());
    mojo.exitcode = 3;
    mojo.haltOnError = true;
    mojo.logPath = "target/race";
    mojo.include = "com.acme.*";
    mojo.exclude = "com.acme.gen.*";
    mojo.verbose = false;
    mojo.historySize = 0;
    mojo.suppressions = new File("/p/races.supp");
    mojo.reportLimit = 10;
    mojo.suppressEqualStacks = false;
    mojo.format = "json";
    mojo.html = new File("/p/target/race-html");
    mojo.options = "exitcode=4";
    assertEquals("exitcode=3,halt_on_error=1,log_path=target/race,include=com.acme.*,exclude=com.acme.gen.*,"
        + "verbose=0,history_size=0,suppressions=/p/races.supp,report_limit=10,suppress_equal_stacks=0,"
        + "format=json,html=/p/target/race-html,exitcode=4", mojo.agentOptions());
    mojo.logPath = "a,b";
    assertThrows(MojoExecutionException.class, mojo::agentOptions);
  }
}
