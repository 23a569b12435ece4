package dev.jrace.shadow;

/**
 * The one detector of a JVM: shared tables for sites, threads and the objects jrace cannot
 * add fields to. The agent sets the sink at start; until then races go to stderr.
 */
public final class RaceRuntime {
  public static final SiteTable SITES = new SiteTable();
  public static final ThreadRegistry THREADS = new ThreadRegistry();
  public static final ThreadEdges THREAD_EDGES = new ThreadEdges(THREADS);
  public static final WeakIdentityMap<SyncClock> MONITORS = new WeakIdentityMap<>();
  public static final WeakIdentityMap<ArrayShadow> ARRAYS = new WeakIdentityMap<>();
  /** Shadows of the JDK objects watched as a whole, such as a HashMap (see JdkObjects). */
  public static final WeakIdentityMap<VarState> OBJECTS = new WeakIdentityMap<>();
  public static final SyncLocations LOCATIONS = new SyncLocations();
  /** Where pool tasks were submitted, for reports on what they did. */
  public static final Submissions SUBMISSIONS = new Submissions();
  public static final LockSets LOCK_SETS = new LockSets(SITES);
  public static final Detector DETECTOR = new Detector(SITES, THREADS, LOCK_SETS, new RaceReporter(
      new java.util.function.Consumer<String>() {
        @Override
        public void accept(String text) {
          System.err.print(text);
        }
      }, false, 66));

  private RaceRuntime() {}
}
