package dev.jrace.agent;

import java.nio.file.Path;
import java.util.List;

/** Where the HTML summary looks for the sources of the code it shows: the usual layouts under the working directory. */
final class SourceRoots {
  private SourceRoots() {}

  static List<Path> here() {
    Path dir = Path.of("").toAbsolutePath();
    return List.of(dir.resolve("src/main/java"), dir.resolve("src/test/java"), dir.resolve("src/main/kotlin"), dir);
  }
}
