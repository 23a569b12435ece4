package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Accesses of a range of elements at once (System.arraycopy, Arrays.fill, clone): chunks the
 * range covers whole are one access of their whole-chunk state, and races with single elements
 * are found either way round.
 */
class ArrayRangeTest {
  private SiteTable sites;
  private int copy;
  private int store;
  private int load;
  private ThreadRegistry registry;
  private List<Race> races;
  private Detector detector;

  @BeforeEach
  void setUp() {
    sites = new SiteTable();
    copy = sites.add(new Site("com.acme.Buffer", "append", "Buffer.java", 10, null));
    store = sites.add(new Site("com.acme.Buffer", "put", "Buffer.java", 20, null));
    load = sites.add(new Site("com.acme.Buffer", "get", "Buffer.java", 30, null));
    registry = new ThreadRegistry();
    races = Collections.synchronizedList(new ArrayList<>());
    detector = new Detector(sites, registry, races::add);
  }

  private ThreadState thread(String name) {
    return registry.attach(new ThreadInfo(null, name, null), null);
  }

  private static void sync(ThreadState from, ThreadState to) {
    SyncClock lock = new SyncClock();
    lock.release(from);
    lock.acquire(to);
  }

  /** The one race reported: on {@code variable}, at {@code site} against an access at {@code previousSite}. */
  private Race assertOneRace(String variable, int site, int previousSite) {
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertEquals(variable, r.variable());
    assertSame(sites.get(site), r.current().site());
    assertSame(sites.get(previousSite), r.previous().site());
    return r;
  }

  /** The elements with a state of their own: what the thunks see as epochs. */
  private static int ownStates(ArrayShadow s) {
    int n = 0;
    for (int i = 0; i < s.length; i++) {
      if (s.readEpoch(i) != Epoch.NONE || s.writeEpoch(i) != Epoch.NONE) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aCopyIntoAFreshArrayGivesNoElementOfTheChunksItCoversWholeAStateOfItsOwn() {
    ThreadState t = thread("t");
    byte[] array = new byte[1000];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 0, 1000, true, t, copy, array); // the last chunk is the 40 elements left: whole too
    assertEquals(0, ownStates(s));
    detector.range(s, 100, 970, true, t, copy, array);
    assertEquals(128 - 100 + 970 - 960, ownStates(s), "the elements of the chunks it covers in part have their own");
    assertTrue(races.isEmpty());
  }

  @Test
  void anElementReadAfterAnUnorderedWholeChunkCopyRacesWithIt() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    byte[] array = new byte[256];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 0, 256, true, t, copy, array);
    detector.element(s, 200, false, u, load, array);
    assertTrue(assertOneRace("byte[] element 200", load, copy).previous().write());
  }

  @Test
  void aWholeChunkCopyAfterAnUnorderedElementWriteRacesWithItAtThatElement() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    int[] array = new int[128];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.element(s, 70, true, u, store, array);
    detector.range(s, 0, 128, true, t, copy, array);
    assertOneRace("int[] element 70", copy, store);
  }

  @Test
  void aWholeChunkRaceNamesTheChunksFirstElement() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    long[] array = new long[200];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 64, 128, false, u, copy, array);
    detector.range(s, 0, 200, true, t, copy, array);
    assertEquals(1, races.size());
    assertEquals("long[] element 64", races.get(0).variable());
    assertEquals(0, ownStates(s), "whole-chunk accesses give no element a state of its own");
  }

  @Test
  void orderedCopiesAndElementAccessesAreNoRace() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    char[] array = new char[300];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 0, 300, true, t, copy, array);
    sync(t, u);
    detector.element(s, 10, false, u, load, array);
    detector.element(s, 150, true, u, store, array);
    detector.range(s, 64, 256, false, u, copy, array);
    sync(u, t);
    detector.range(s, 0, 300, true, t, copy, array);
    detector.element(s, 150, false, t, load, array);
    assertEquals(List.of(), races);
  }

  @Test
  void aPartialChunkIsAccessedElementByElement() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    int[] array = new int[200];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 10, 100, true, t, copy, array);
    assertEquals(90, ownStates(s));
    detector.element(s, 5, false, u, load, array); // not written
    detector.element(s, 99, false, u, load, array);
    assertEquals(1, races.size());
    assertEquals("int[] element 99", races.get(0).variable());
  }

  @Test
  void concurrentWholeChunkReadsStayEachElementsReadsWhenItGetsAStateOfItsOwn() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    ThreadState w = thread("w");
    short[] array = new short[64];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 0, 64, false, t, copy, array);
    detector.range(s, 0, 64, false, u, copy, array);
    detector.element(s, 5, true, w, store, array);
    detector.element(s, 6, true, w, store, array);
    detector.range(s, 0, 64, true, w, copy, array);
    List<String> raced = new ArrayList<>();
    for (Race r : races) {
      raced.add(r.variable() + " with " + r.previous().thread().name());
    }
    assertEquals(List.of("short[] element 5 with t", "short[] element 5 with u", "short[] element 6 with t",
        "short[] element 6 with u", "short[] element 0 with t", "short[] element 0 with u"), raced);
  }

  @Test
  void aCopyRepeatedInTheSameEpochStillChecksTheElementsWrittenSince() {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    int[] array = new int[128];
    ArrayShadow s = new ArrayShadow(array.length);
    detector.range(s, 0, 128, true, t, copy, array);
    sync(t, u);
    detector.element(s, 100, true, u, store, array);
    detector.range(s, 0, 128, true, t, copy, array);
    assertOneRace("int[] element 100", copy, store);
  }

  @Test
  void anElementMadeWhileAWholeChunkCopyRunsRacesWithItEitherWayRound() throws Exception {
    ThreadState t = thread("t");
    ThreadState u = thread("u");
    for (int round = 0; round < 300; round++) {
      races.clear();
      int[] array = new int[64];
      ArrayShadow s = new ArrayShadow(array.length);
      int element = round % 64;
      Concurrently.run(2, me -> {
        if (me == 0) {
          detector.range(s, 0, 64, true, t, copy, array);
        } else {
          detector.element(s, element, false, u, load, array);
        }
      });
      assertEquals(1, races.size(), "round " + round);
      assertEquals("int[] element " + element, races.get(0).variable(), "round " + round);
    }
  }
}
