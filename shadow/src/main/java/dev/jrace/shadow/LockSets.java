package dev.jrace.shadow;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The sets of locks a thread can hold, each a small int an access records (TSan's mutex sets):
 * a set is the sites where its locks were taken, in the order taken. Set 0 is no lock; a set
 * is made once, the first time a thread takes a lock at a site while holding another set.
 */
public final class LockSets {
  static final String[] NO_NAMES = {};
  private final SiteTable siteTable;
  private final Map<Long, Integer> children = new HashMap<>();
  private int[][] sets = {new int[0]};
  /**
   * Per set, its names; read without the lock (every lock's acquire and release looks its set's
   * up): a set's names are written before its number is handed out, and whoever has the number
   * got it after that (through this lock, or the shadow's monitor it was recorded under).
   */
  private volatile String[][] names = {NO_NAMES};
  private int size = 1;

  /** {@code siteTable}: where the sites locks are taken at are, to name the locks. */
  public LockSets(SiteTable siteTable) {
    this.siteTable = siteTable;
  }

  /** The set {@code set} plus a lock taken at {@code site}. */
  public synchronized int with(int set, int site) {
    Long key = ((long) set << 32) | (site & 0xFFFFFFFFL);
    Integer known = children.get(key);
    if (known != null) {
      return known;
    }
    if (size == sets.length) {
      sets = Arrays.copyOf(sets, size * 2);
      names = Arrays.copyOf(names, size * 2);
    }
    int[] parent = sets[set];
    int[] made = Arrays.copyOf(parent, parent.length + 1);
    made[parent.length] = site;
    sets[size] = made;
    String name = siteTable.get(site).variable();
    String[][] n = names;
    n[size] = name == null || Arrays.asList(n[set]).contains(name) ? n[set] : append(n[set], name);
    children.put(key, size);
    return size++;
  }

  /** The names of the locks of {@code set} that have one ({@code com.acme.Registry.lock}); do not change it. */
  public String[] names(int set) {
    String[][] n = names;
    return set > 0 && set < n.length && n[set] != null ? n[set] : NO_NAMES;
  }

  private static String[] append(String[] a, String s) {
    String[] out = Arrays.copyOf(a, a.length + 1);
    out[a.length] = s;
    return out;
  }

  /** The sites where the locks of {@code set} were taken, first taken first. */
  public synchronized int[] sites(int set) {
    return set > 0 && set < size ? sets[set].clone() : new int[0];
  }
}
