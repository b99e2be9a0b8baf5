package vn.dva.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny end-to-end run: checks the output's shape and the indexes' contents, never the timings.
 */
class BenchSmokeTest {

  private static final String LAST_LINE =
      "bench: docs=\\d+ index_docs_per_s=\\d+ index_ratio_vs_lucene=\\d+\\.\\d\\d query_p50_ms=\\d+\\.\\d\\d "
          + "query_p99_ms=\\d+\\.\\d\\d query_ratio_vs_lucene=\\d+\\.\\d\\d web_rps=(\\d+|n/a) web_rps_computed=(\\d+|n/a) web_cpu_ms_computed=(\\d+\\.\\d|n/a) heap_mb=\\d+";

  @Test
  void aSmallRunIndexesBothSidesAndPrintsTheTableAndLastLine(@TempDir Path out) throws Exception {
    BenchMain.Options options =
        BenchMain.Options.parse(
            new String[] {
              "--docs",
              "120,200",
              "--out",
              out.toString(),
              "--rounds",
              "1",
              "--threads",
              "2",
              "--no-web",
              "--keep"
            });
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    BenchReport report =
        BenchMain.run(
            options,
            new PrintStream(table, true, StandardCharsets.UTF_8),
            new PrintStream(log, true, StandardCharsets.UTF_8));

    assertThat(report.lastLine())
        .matches(LAST_LINE)
        .startsWith("bench: docs=200 ")
        .endsWith(report.lastLine().substring(report.lastLine().indexOf(" heap_mb=")));
    assertThat(report.lastLine()).contains("web_rps=n/a").contains("web_rps_computed=n/a");
    assertThat(table.toString(StandardCharsets.UTF_8))
        .contains("index ratio dva/Lucene")
        .contains("index: pipeline docs/s (dva, 2 thr)")
        .contains("index: bare Lucene docs/s (2 thr)")
        .contains("extraction only docs/s (1 thread)")
        .contains("dva indexer only docs/s (1 thread)")
        .contains("query p99 ms dva | Lucene")
        .contains("before #14 (1 pass) p50|p95|p99")
        .contains("cached p50|p95|p99 ms")
        .contains("words: computed p50|p95|p99")
        .contains("browse: computed p50|p95|p99")
        .contains("newest: computed p50|p95|p99")
        .contains("computed searches/s, 1 client")
        .contains("120")
        .contains("200");
    assertThat(report.sizes()).extracting(BenchReport.SizeResult::docs).containsExactly(120L, 200L);
    // the single-threaded stage figures cover the whole of these small segments
    assertThat(report.sizes().get(1).indexing().extractDocs()).isEqualTo(200);
    assertThat(report.sizes().get(1).indexing().dvaIndexDocs()).isEqualTo(200);
    assertThat(out.resolve("work/stage-index")).doesNotExist();
    try (DirectoryReader dva =
            DirectoryReader.open(FSDirectory.open(out.resolve("work/dva-index")));
        DirectoryReader lucene =
            DirectoryReader.open(FSDirectory.open(out.resolve("work/lucene-index")))) {
      assertThat(dva.numDocs()).isEqualTo(200);
      assertThat(lucene.numDocs()).isEqualTo(200);
    }
    String json = Files.readString(out.resolve("bench.json"));
    assertThat(json)
        .contains("\"docs\" : 200")
        .contains("\"pipeline_docs_per_s\"")
        .contains("\"last_line\"")
        .contains("\"by_class\"")
        .contains("\"dva_before_issue14_single_pass\"");
    assertThat(out.resolve("bench-200.json")).exists();
  }
}
