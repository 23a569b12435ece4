package racetest.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

// Runs the test classes named in args with JUnit, as a build tool would, and prints one line per
// test or container with its result, then any failure message: what JUnitIT checks.
public class Launch {
    public static void main(String[] args) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String name : args) {
            request.selectors(selectClass(name));
        }
        request.configurationParameter("junit.jupiter.execution.parallel.enabled", "true");
        request.configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed");
        request.configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4");
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(built, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                StringBuilder line = new StringBuilder(result.getStatus() + " " + id.getUniqueId() + "\n");
                result.getThrowable().ifPresent(t -> line.append("  ").append(t.getMessage()).append('\n'));
                synchronized (System.out) { // tests finish in parallel: one test's lines stay together
                    System.out.print(line);
                }
            }
        });
    }
}
