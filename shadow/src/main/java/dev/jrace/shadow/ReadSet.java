package dev.jrace.shadow;

import java.util.Arrays;

/**
 * Concurrent reads of one variable: per thread id, the clock, site, history position and last
 * call and the locks it held at its last read.
 */
final class ReadSet {
  final VectorClock clocks;
  private int[] sites;
  private long[] positions;
  private int[] ats;
  private int[] locks;

  ReadSet() {
    clocks = new VectorClock();
    sites = new int[8];
    positions = new long[8];
    ats = new int[8];
    locks = new int[8];
  }

  /** A copy of {@code other}, which changes apart from it. */
  ReadSet(ReadSet other) {
    clocks = new VectorClock(other.clocks);
    sites = other.sites.clone();
    positions = other.positions.clone();
    ats = other.ats.clone();
    locks = other.locks.clone();
  }

  void add(long epoch, int site, long position, int at, int lockSet) {
    int tid = Epoch.tid(epoch);
    clocks.set(tid, Epoch.clock(epoch));
    if (tid >= sites.length) {
      sites = Arrays.copyOf(sites, Math.max(tid + 1, sites.length * 2));
      positions = Arrays.copyOf(positions, sites.length);
      ats = Arrays.copyOf(ats, sites.length);
      locks = Arrays.copyOf(locks, sites.length);
    }
    sites[tid] = site;
    positions[tid] = position;
    ats[tid] = at;
    locks[tid] = lockSet;
  }

  int locksOf(int tid) {
    return tid < locks.length ? locks[tid] : 0;
  }

  int atOf(int tid) {
    return tid < ats.length ? ats[tid] : 0;
  }

  long positionOf(int tid) {
    return tid < positions.length ? positions[tid] : 0;
  }

  int size() {
    return clocks.size();
  }

  long epochOf(int tid) {
    long c = clocks.get(tid);
    return c == 0 ? Epoch.NONE : Epoch.of(tid, c);
  }

  int siteOf(int tid) {
    return tid < sites.length ? sites[tid] : 0;
  }

  @Override
  public String toString() {
    return "reads " + clocks;
  }
}
