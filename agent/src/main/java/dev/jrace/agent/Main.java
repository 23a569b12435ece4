package dev.jrace.agent;

/**
 * {@code java -jar race.jar}: race.jar is an agent; as a program it says how to use it, merges
 * reports and instruments classes offline. An argument it does not know is a one-line error and
 * exit status 2.
 */
public final class Main {
  static final String USAGE = """
      jrace: a data race detector for the JVM. race.jar is a Java agent; run a program under it with
        java -javaagent:race.jar[=option=value,...] -jar app.jar
      or set the same options in the environment variable JRACE_OPTIONS.
      Options: %s.
      Merge the JSON reports (format=json) of many JVMs into one, each race once:
        java -jar race.jar report merge [--format text|json|sarif|html] FILE...
      Write the classes of a jar or directory as jrace rewrites them (to read or verify, not to run):
        java -jar race.jar instrument IN OUT
      """;

  private Main() {}

  public static void main(String[] args) {
    if (args.length == 0 || args.length == 1 && (args[0].equals("help") || args[0].equals("--help"))) {
      System.out.print(String.format(USAGE, String.join(", ", Options.KEYS.keySet())));
      return;
    }
    if (args[0].equals("report") && args.length > 1 && args[1].equals("merge")) {
      System.exit(ReportMerge.run(java.util.List.of(args).subList(2, args.length), System.out, System.err));
    }
    if (args[0].equals("instrument")) {
      System.exit(OfflineInstrument.run(java.util.List.of(args).subList(1, args.length), System.out, System.err));
    }
    System.err.println("jrace: unknown command \"" + args[0] + "\" (race.jar is an agent: use -javaagent:race.jar;"
        + " java -jar race.jar help says more)");
    System.exit(2);
  }
}
