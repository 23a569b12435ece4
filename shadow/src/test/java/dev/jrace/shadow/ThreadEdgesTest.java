package dev.jrace.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Happens-before through start and join, with real threads. */
class ThreadEdgesTest {
  private SiteTable sites;
  private int parentWrite;
  private int parentRead;
  private int childWrite;
  private int childRead;
  private ThreadRegistry registry;
  private ThreadEdges edges;
  private List<Race> races;
  private Detector detector;
  private VarState v;
  private ThreadState parent;

  @BeforeEach
  void setUp() {
    sites = new SiteTable();
    parentWrite = sites.add(new Site("com.acme.Main", "setUp", "Main.java", 1, "com.acme.Main.x"));
    parentRead = sites.add(new Site("com.acme.Main", "check", "Main.java", 2, "com.acme.Main.x"));
    childWrite = sites.add(new Site("com.acme.Task", "run", "Task.java", 3, "com.acme.Main.x"));
    childRead = sites.add(new Site("com.acme.Task", "look", "Task.java", 4, "com.acme.Main.x"));
    registry = new ThreadRegistry();
    edges = new ThreadEdges(registry);
    races = Collections.synchronizedList(new ArrayList<>());
    detector = new Detector(sites, registry, races::add);
    v = new VarState();
    parent = edges.attach(Thread.currentThread());
  }

  /** A thread that attaches and then runs {@code body} with its state; failures are kept. */
  private Thread child(String name, AtomicReference<Throwable> failure, ChildBody body) {
    return new Thread(() -> {
      try {
        body.run(edges.attach(Thread.currentThread()));
      } catch (Throwable e) {
        failure.set(e);
      }
    }, name);
  }

  private interface ChildBody {
    void run(ThreadState self) throws Exception;
  }

  private static void joinAndCheck(Thread t, AtomicReference<Throwable> failure) throws Exception {
    t.join();
    if (failure.get() != null) {
      throw new AssertionError("child failed", failure.get());
    }
  }

  @Test
  void attachGivesTheCallingThreadAStateNamedAfterIt() {
    assertEquals(Thread.currentThread().getName(), parent.info().name());
    assertSame(Thread.currentThread(), parent.info().thread());
    assertEquals(1, registry.liveCount());
  }

  @Test
  void whatTheParentWroteBeforeStartingIsOrderedBeforeTheChildsRead() throws Exception {
    detector.write(v, parent, parentWrite, null);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("reader", failure, self -> detector.read(v, self, childRead, null));
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    assertEquals(List.of(), races);
  }

  @Test
  void withoutTheStartEdgeTheChildsReadRacesWithTheParentsWrite() throws Exception {
    detector.write(v, parent, parentWrite, null);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("reader", failure, self -> detector.read(v, self, childRead, null));
    c.start();
    joinAndCheck(c, failure);
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertEquals("reader", r.current().thread().name());
    assertSame(sites.get(childRead), r.current().site());
    assertSame(parent.info(), r.previous().thread());
  }

  @Test
  void whatTheParentWritesAfterStartingIsNotOrderedWithTheChild() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("reader", failure, self -> detector.read(v, self, childRead, null));
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure); // no ended(): jrace has not seen the join
    detector.write(v, parent, parentWrite, null);
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertTrue(r.current().write());
    assertEquals("reader", r.previous().thread().name());
  }

  @Test
  void startingTicksTheParent() {
    long before = parent.epoch;
    edges.starting(new Thread(() -> {}), parent);
    assertEquals(Epoch.clock(before) + 1, Epoch.clock(parent.epoch));
  }

  @Test
  void startingSomethingThatIsNotAThreadDoesNothing() {
    long before = parent.epoch;
    edges.starting("not a thread", parent);
    edges.starting(null, parent);
    assertEquals(before, parent.epoch);
  }

  @Test
  void theChildRemembersWhereItWasStarted() throws Exception {
    AtomicReference<ThreadState> state = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("started", failure, state::set);
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    StackTraceElement[] createdAt = state.get().info().createdAt();
    assertNotNull(createdAt);
    assertTrue(List.of(createdAt).stream().anyMatch(e ->
            e.getClassName().equals(ThreadEdgesTest.class.getName())
                && e.getMethodName().equals("theChildRemembersWhereItWasStarted")),
        List.of(createdAt).toString());
  }

  @Test
  void endedAfterJoinOrdersTheChildsWriteBeforeTheParentsRead() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("writer", failure, self -> detector.write(v, self, childWrite, null));
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    edges.ended(c, parent);
    detector.read(v, parent, parentRead, null);
    detector.write(v, parent, parentWrite, null);
    assertEquals(List.of(), races);
  }

  @Test
  void withoutEndedTheChildsWriteRacesWithTheParentsRead() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("writer", failure, self -> detector.write(v, self, childWrite, null));
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    detector.read(v, parent, parentRead, null);
    assertEquals(1, races.size());
    Race r = races.get(0);
    assertSame(sites.get(parentRead), r.current().site());
    assertSame(sites.get(childWrite), r.previous().site());
    assertEquals("writer", r.previous().thread().name());
  }

  @Test
  void aJoinedThreadsIdGoesToTheNextThreadItsJoinerStartsAndItsAccessesStillRace() throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<ThreadState> first = new AtomicReference<>();
    Thread c = child("writer", failure, self -> {
      first.set(self);
      detector.write(v, self, childWrite, null);
    });
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    edges.ended(c, parent);
    AtomicReference<ThreadState> second = new AtomicReference<>();
    Thread next = child("next", failure, second::set);
    edges.starting(next, parent);
    next.start();
    joinAndCheck(next, failure);
    assertEquals(first.get().tid, second.get().tid, "the joined thread's id, at once");
    assertEquals(List.of(), races);

    ThreadState stranger = registry.attach(new ThreadInfo(null, "stranger", null), null);
    detector.read(v, stranger, childRead, null); // never ordered after the writer
    assertEquals(1, races.size());
    assertEquals("writer", races.get(0).previous().thread().name());
  }

  @Test
  void endedOnAStillRunningThreadGivesNoEdge() throws Exception {
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch mayFinish = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread c = child("busy", failure, self -> {
      detector.write(v, self, childWrite, null);
      written.countDown();
      mayFinish.await();
    });
    edges.starting(c, parent);
    c.start();
    try {
      written.await();
      assertTrue(c.isAlive());
      edges.ended(c, parent); // too early: the child is blocked, not ended
      detector.read(v, parent, parentRead, null);
    } finally {
      mayFinish.countDown();
      joinAndCheck(c, failure);
    }
    assertEquals(1, races.size());
    assertEquals("busy", races.get(0).previous().thread().name());
  }

  @Test
  void endedOnAThreadThatNeverAttachedGivesNoEdgeAndNoError() throws Exception {
    Thread c = new Thread(() -> {});
    c.start();
    c.join();
    long before = parent.epoch;
    String clock = parent.clock.toString();
    edges.ended(c, parent);
    assertEquals(before, parent.epoch);
    assertEquals(clock, parent.clock.toString());
  }

  @Test
  void aGrandchildSeesWhatItsGrandparentDidBeforeTheFirstStart() throws Exception {
    detector.write(v, parent, parentWrite, null);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Throwable> innerFailure = new AtomicReference<>();
    Thread c = child("middle", failure, self -> {
      Thread g = child("grandchild", innerFailure,
          gs -> detector.write(v, gs, childWrite, null));
      edges.starting(g, self);
      g.start();
      joinAndCheck(g, innerFailure);
      edges.ended(g, self);
    });
    edges.starting(c, parent);
    c.start();
    joinAndCheck(c, failure);
    edges.ended(c, parent);
    detector.read(v, parent, parentRead, null);
    assertEquals(List.of(), races);
  }
}
