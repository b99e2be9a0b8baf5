package vn.dva.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts {@code dva index} in a child JVM, kills it with SIGKILL as soon as its first commit is on
 * disk, and checks that the index is readable with exactly what was committed, and that running the
 * same command again completes it without duplicates.
 */
class KillDuringIndexingTest {

  private static final int FILES = 1500;
  private static final int COMMIT_EVERY = 50;

  @Test
  void killNineLeavesTheLastCommitReadableAndARerunCompletesIt(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < FILES; i++) {
      Files.writeString(
          docs.resolve(String.format("bai-%04d.txt", i)),
          "Tin dân vận số "
              + i
              + "\n\nBan Dân vận Tỉnh ủy triển khai Chỉ thị số 18-CT/TU, bài "
              + i
              + ".\n",
          StandardCharsets.UTF_8);
    }
    Path index = tmp.resolve("index");

    Process child = startIndexing(index, docs, 1);
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    int committed = 0;
    while (committed == 0 && child.isAlive() && Instant.now().isBefore(deadline)) {
      committed = committedDocs(index);
      Thread.sleep(10);
    }
    child.destroyForcibly().waitFor();
    assertThat(committed).as("the child committed something before it was killed").isPositive();

    int afterKill = committedDocs(index);
    assertThat(afterKill)
        .as("the index is readable after kill -9 and holds only whole commits")
        .isPositive()
        .isLessThan(FILES);
    assertThat(afterKill % COMMIT_EVERY).as("no partial batch became visible").isZero();

    Process rerun = startIndexing(index, docs, 2);
    assertThat(rerun.waitFor()).isZero();
    assertThat(committedDocs(index)).as("re-running replaces, never duplicates").isEqualTo(FILES);
  }

  private static Process startIndexing(Path index, Path docs, int threads) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                java,
                "--add-modules",
                "jdk.incubator.vector",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.dva.cli.Main",
                "index",
                "--index",
                index.toString(),
                "--commit-every",
                Integer.toString(COMMIT_EVERY),
                "--threads",
                Integer.toString(threads),
                docs.toString()));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int committedDocs(Path index) throws IOException {
    if (!Files.isDirectory(index)) return 0;
    try (FSDirectory dir = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(dir)) return 0;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.numDocs();
      }
    }
  }
}
