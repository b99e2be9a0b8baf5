package vn.dva;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code ../shared} (real articles and fixtures kept beside the project, not shipped with it)
 * from wherever the tests run, and skips a test with a message when it is absent.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder, if a parent of the working directory has it as a sibling. */
  public static Optional<Path> root() {
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isRegularFile(candidate.resolve("docs/design.md"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /** The shared folder, or skips the calling test with a message saying why. */
  public static Path requireRoot() {
    Optional<Path> root = root();
    Assumptions.assumeTrue(
        root.isPresent(),
        "../shared is absent (it is kept beside the project for CI only): skipping a test over real articles");
    return root.get();
  }
}
