package vn.dva.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;

/**
 * {@code dva export} of 100,000 hits in a separate JVM with a 256 MB heap: every row arrives, once.
 * A separate JVM because the heap limit is the point: an export that gathered its rows first would
 * need the whole list in memory at once.
 */
class HundredThousandRowExportTest {

  static final int DOCS = 100_000;

  @TempDir Path dir;

  @Test
  void exportsEveryOneOfAHundredThousandHitsUnderASmallHeap() throws Exception {
    Path index = dir.resolve("index");
    try (DocumentIndexer indexer = DocumentIndexer.open(index)) {
      for (int i = 0; i < DOCS; i++) {
        indexer.add(
            new ExtractedDocument(
                "doc-" + i,
                "https://example.vn/tin/" + i,
                "Tin dân vận " + i,
                LocalDate.of(2015, 1, 1).plusDays(i % 3_000),
                i % 2 == 0 ? "Bình Phước" : "Lạng Sơn",
                "example.vn",
                "html",
                "Công tác dân vận ở cơ sở, bài số " + i + ", thôn " + (i % 97) + ".",
                List.of(),
                List.of()));
      }
      indexer.commit();
    }
    Path csv = dir.resolve("all.csv");
    Path err = dir.resolve("err.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("vn.dva.cli.Main");
    command.addAll(List.of("export", "--index", index.toString(), "--format", "csv", "dân", "vận"));
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(csv.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("export finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();

    BitSet seen = new BitSet(DOCS);
    int rows = 0;
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      assertThat(in.readLine()).startsWith("\uFEFFid,title,url");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        int n = Integer.parseInt(line.substring("doc-".length(), line.indexOf(',')));
        assertThat(seen.get(n)).as("row of doc-%d seen once", n).isFalse();
        seen.set(n);
        rows++;
      }
    }
    assertThat(rows).isEqualTo(DOCS);
    assertThat(seen.cardinality()).isEqualTo(DOCS);
    assertThat(Files.readString(err)).contains("export: rows=100000 hits=100000 format=csv");
  }
}
