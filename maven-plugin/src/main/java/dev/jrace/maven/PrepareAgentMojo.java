package dev.jrace.maven;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Puts {@code -javaagent:/path/to/race.jar=options} in front of the {@code argLine} property,
 * which Surefire and Failsafe give the test JVMs, so the tests run under jrace: a test run
 * that races ends with exit status 66 and Surefire fails the build. What the property held
 * stays after it (JaCoCo's agent, Mockito's, the project's own JVM options); an earlier jrace
 * agent is replaced, so running the goal twice gives one agent. race.jar is the plugin's own
 * dependency {@code dev.jrace:jrace-agent:jar:race} of the same version, resolved by Maven as
 * the plugin is.
 *
 * <p>Each option parameter is the agent option of the same meaning (README, "Using it");
 * one left unset leaves the agent's default (and {@code JRACE_OPTIONS}) in force.
 */
@Mojo(name = "prepare-agent", defaultPhase = LifecyclePhase.INITIALIZE,
    requiresDependencyResolution = ResolutionScope.NONE, threadSafe = true)
public class PrepareAgentMojo extends AbstractMojo {
  static final String AGENT_GROUP = "dev.jrace";
  static final String AGENT_ARTIFACT = "jrace-agent";
  static final String AGENT_CLASSIFIER = "race";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  /** The plugin's resolved artifacts, race.jar among them. */
  @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
  List<Artifact> pluginArtifacts;

  /** The property to prepend the agent to: Surefire's and Failsafe's {@code argLine}, or another. */
  @Parameter(property = "jrace.propertyName", defaultValue = "argLine")
  String propertyName;

  /** Leave the property as it is (defined empty when it was not, so {@code @{argLine}} still works). */
  @Parameter(property = "jrace.skip", defaultValue = "false")
  boolean skip;

  /** {@code exitcode}: the exit status of a test JVM that found races (0 to 255; 0: the JVM's own). */
  @Parameter(property = "jrace.exitcode")
  Integer exitcode;

  /** {@code halt_on_error}: stop the test JVM right after the first report. */
  @Parameter(property = "jrace.haltOnError")
  Boolean haltOnError;

  /** {@code log_path}: {@code stderr}, {@code stdout}, or a path prefix (reports go to PREFIX.pid). */
  @Parameter(property = "jrace.logPath")
  String logPath;

  /** {@code include}: classes to instrument, {@code :}-separated patterns with {@code *} and {@code ?}. */
  @Parameter(property = "jrace.include")
  String include;

  /** {@code exclude}: classes not to instrument, same syntax; wins over include. */
  @Parameter(property = "jrace.exclude")
  String exclude;

  /** {@code verbose}: say which classes were instrumented, and why one was left as it was. */
  @Parameter(property = "jrace.verbose")
  Boolean verbose;

  /** {@code history_size}: 0 to 8, how many calls each thread remembers for previous stacks. */
  @Parameter(property = "jrace.historySize")
  Integer historySize;

  /** {@code suppressions}: a file of {@code race:PATTERN} lines, races not to report. */
  @Parameter(property = "jrace.suppressions")
  File suppressions;

  /** {@code report_limit}: print at most this many reports (0: all). */
  @Parameter(property = "jrace.reportLimit")
  Integer reportLimit;

  /** {@code suppress_equal_stacks}: false reports a pair of code locations every time it races. */
  @Parameter(property = "jrace.suppressEqualStacks")
  Boolean suppressEqualStacks;

  /** {@code format}: {@code text}, {@code json} or {@code sarif}. */
  @Parameter(property = "jrace.format")
  String format;

  /** {@code html}: a directory where each test JVM writes index.html at exit. */
  @Parameter(property = "jrace.html")
  File html;

  /** More agent options as written after {@code race.jar=}: {@code key=value,key=value}; they come last and win. */
  @Parameter(property = "jrace.options")
  String options;

  @Override
  public void execute() throws MojoExecutionException {
    Properties projectProperties = project.getProperties();
    Properties userProperties = session.getUserProperties();
    if (skip) {
      getLog().info("jrace: skipped");
      if (projectProperties.getProperty(propertyName) == null
          && userProperties.getProperty(propertyName) == null) {
        projectProperties.setProperty(propertyName, "");
      }
      return;
    }
    File jar = agentJar();
    String agent = "-javaagent:" + jar.getAbsolutePath();
    String args = agentOptions();
    if (!args.isEmpty()) {
      agent += "=" + args;
    }
    // a -DpropertyName=... of the command line wins over the project's property wherever
    // Surefire reads it, so that one is the value to keep, and to change
    boolean fromCommandLine = userProperties.getProperty(propertyName) != null;
    String old = fromCommandLine ? userProperties.getProperty(propertyName)
        : projectProperties.getProperty(propertyName);
    String line = ArgLine.prepend(old, agent, jar.getAbsolutePath());
    projectProperties.setProperty(propertyName, line);
    if (fromCommandLine) {
      userProperties.setProperty(propertyName, line);
    }
    getLog().info("jrace: " + propertyName + " set to " + line);
  }

  private File agentJar() throws MojoExecutionException {
    for (Artifact a : pluginArtifacts) {
      if (AGENT_GROUP.equals(a.getGroupId()) && AGENT_ARTIFACT.equals(a.getArtifactId())
          && AGENT_CLASSIFIER.equals(a.getClassifier())) {
        if (a.getFile() == null || !a.getFile().isFile()) {
          throw new MojoExecutionException("jrace: race.jar (" + a + ") was not resolved to a file");
        }
        return a.getFile();
      }
    }
    throw new MojoExecutionException("jrace: the plugin's artifacts have no "
        + AGENT_GROUP + ":" + AGENT_ARTIFACT + ":jar:" + AGENT_CLASSIFIER + " (race.jar)");
  }

  /** The agent's arguments: {@code key=value,...} of the parameters that are set, then {@code options}. */
  String agentOptions() throws MojoExecutionException {
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("exitcode", exitcode);
    set.put("halt_on_error", haltOnError == null ? null : haltOnError ? "1" : "0");
    set.put("log_path", logPath);
    set.put("include", include);
    set.put("exclude", exclude);
    set.put("verbose", verbose == null ? null : verbose ? "1" : "0");
    set.put("history_size", historySize);
    set.put("suppressions", suppressions == null ? null : suppressions.getAbsolutePath());
    set.put("report_limit", reportLimit);
    set.put("suppress_equal_stacks", suppressEqualStacks == null ? null : suppressEqualStacks ? "1" : "0");
    set.put("format", format);
    set.put("html", html == null ? null : html.getAbsolutePath());
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Object> e : set.entrySet()) {
      if (e.getValue() == null) {
        continue;
      }
      String value = e.getValue().toString().trim();
      if (value.contains(",")) {
        throw new MojoExecutionException("jrace: " + e.getKey() + " \"" + value
            + "\" has a comma, which the agent's options cannot hold");
      }
      out.append(out.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(value);
    }
    if (options != null && !options.isBlank()) {
      out.append(out.length() == 0 ? "" : ",").append(options.trim());
    }
    return out.toString();
  }
}
