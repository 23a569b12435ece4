package dev.jrace.junit;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Fails the test during which jrace reported a data race, with the report as the failure
 * message, as {@code go test -race} does. A race found in a thread the test started, or in a
 * pool task it submitted, counts for the test (see {@link TestRaces}); so does one in the
 * test's {@code @BeforeEach}/{@code @AfterEach} methods. One in {@code @BeforeAll}/{@code
 * @AfterAll} fails the class. Tests may run in parallel.
 *
 * <p>The agent registers this extension in every JUnit Jupiter run by itself; {@code
 * @ExtendWith(RaceExtension.class)} does the same by hand. Without the agent it does nothing,
 * and says so once.
 */
public final class RaceExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, InvocationInterceptor {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RaceExtension.class);
  private static final boolean AGENT = agentLoaded();
  private static final AtomicBoolean TOLD = new AtomicBoolean();

  @Override
  public void beforeAll(ExtensionContext context) {
    begin(context, false);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    end(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    begin(context, true);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    end(context);
  }

  // The test method may run on another thread than the callbacks (JUnit's @Timeout in
  // SEPARATE_THREAD mode): the thread that runs it works for the test while it does.

  @Override
  public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    within(context, invocation);
  }

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    within(context, invocation);
  }

  @Override
  public <T> T interceptTestFactoryMethod(Invocation<T> invocation, ReflectiveInvocationContext<Method> call,
      ExtensionContext context) throws Throwable {
    return within(context, invocation);
  }

  @Override
  public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext call,
      ExtensionContext context) throws Throwable {
    within(context, invocation);
  }

  private static void begin(ExtensionContext context, boolean test) {
    if (!active()) {
      return;
    }
    TestRaces.Running running = TestRaces.begin(test);
    context.getStore(NAMESPACE).put(Key.RUNNING, running);
  }

  private static void end(ExtensionContext context) {
    if (!active()) {
      return;
    }
    TestRaces.Running running = context.getStore(NAMESPACE).remove(Key.RUNNING, TestRaces.Running.class);
    if (running == null) {
      return;
    }
    List<String> reports = TestRaces.end(running);
    if (!reports.isEmpty()) {
      throw new AssertionError("jrace: " + reports.size() + " data race(s) during " + context.getDisplayName()
          + "\n" + String.join("", reports));
    }
  }

  private static <T> T within(ExtensionContext context, Invocation<T> invocation) throws Throwable {
    if (!active()) {
      return invocation.proceed();
    }
    Optional<TestRaces.Running> running = Optional.ofNullable(
        context.getStore(NAMESPACE).get(Key.RUNNING, TestRaces.Running.class));
    if (running.isEmpty()) {
      return invocation.proceed();
    }
    int before = TestRaces.enter(running.get());
    try {
      return invocation.proceed();
    } finally {
      TestRaces.exit(before);
    }
  }

  private static boolean active() {
    if (!AGENT && TOLD.compareAndSet(false, true)) {
      System.err.println("jrace: RaceExtension is registered but the jrace agent is not loaded"
          + " (-javaagent:race.jar): these tests are not checked for data races");
    }
    return AGENT;
  }

  /** The agent defines jrace's runtime in the boot class loader. */
  private static boolean agentLoaded() {
    try {
      Class.forName("dev.jrace.thunks.TestScopes", false, null);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  private enum Key { RUNNING }
}
