package dev.jrace.shadow;

import java.util.Arrays;

/**
 * Maps the small ints that instrumented code passes to the thunks back to {@link Site}s. Sites
 * are added while classes are instrumented and never removed; id 0 is an unknown site.
 */
public final class SiteTable {
  private static final Site UNKNOWN = new Site("?", "?", null, 0, null);
  private Site[] sites = {UNKNOWN};
  private int size = 1;

  public synchronized int add(Site site) {
    if (size == sites.length) {
      sites = Arrays.copyOf(sites, size * 2);
    }
    sites[size] = site;
    return size++;
  }

  public synchronized Site get(int id) {
    return id > 0 && id < size ? sites[id] : UNKNOWN;
  }

  public synchronized int size() {
    return size - 1;
  }
}
