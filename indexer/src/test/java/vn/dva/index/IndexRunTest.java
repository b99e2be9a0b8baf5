package vn.dva.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.DocumentExtractor;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchService;

class IndexRunTest {

  private final StringWriter log = new StringWriter();
  private final IndexRun run =
      new IndexRun(new DocumentExtractor(), new PrintWriter(log, true), 2, 2);

  @Test
  void aBrokenFileIsReportedAndTheBatchGoesOn(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs/nested"));
    Files.writeString(
        docs.resolve("a.txt"),
        "Dân vận khéo ở Hà Giang\n\nNội dung bài a.",
        StandardCharsets.UTF_8);
    Files.writeString(
        docs.resolve("b.html"),
        "<html><head><title>Bài b</title></head><body><article><p>Dân vận chính quyền.</p></article></body></html>");
    Files.write(
        docs.resolve("broken.pdf"),
        "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.US_ASCII));
    Files.writeString(docs.resolve("notes.xyz"), "unknown type");
    Files.writeString(Files.createDirectories(tmp.resolve("docs/.hidden")).resolve("c.txt"), "ẩn");

    IndexRun.Summary summary = run.run(tmp.resolve("index"), List.of(tmp.resolve("docs")));

    assertThat(summary.indexed()).isEqualTo(2);
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(summary.documentsInIndex()).isEqualTo(2);
    assertThat(log.toString())
        .contains("failed")
        .contains("broken.pdf")
        .contains("skipped")
        .contains("notes.xyz");
    assertThat(summary.line()).startsWith("index: indexed=2 skipped=1 failed=1 seconds=");
    try (SearchService search = SearchService.open(tmp.resolve("index"))) {
      assertThat(search.search(SearchRequest.of("dan van")).total()).isEqualTo(2);
    }
  }

  @Test
  void aLongRunReportsDocumentsRateElapsedTimeAndFailuresAsItGoes(@TempDir Path tmp)
      throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    for (int i = 0; i < 40; i++) {
      Files.writeString(docs.resolve("a" + i + ".txt"), "Bài " + i + "\n\nDân vận khéo.");
    }
    Files.write(
        docs.resolve("broken.pdf"), "%PDF-1.7 not a PDF".getBytes(StandardCharsets.US_ASCII));
    StringWriter progress = new StringWriter();
    IndexRun slow =
        new IndexRun(new DocumentExtractor(), new PrintWriter(progress, true), 1, 1)
            .withProgressEvery(java.time.Duration.ofMillis(20));

    slow.run(tmp.resolve("index"), List.of(docs));

    assertThat(progress.toString())
        .containsPattern("\\[dva index \\d\\d:\\d\\d\\] \\d+ tài liệu, [\\d.]+/giây, [01] lỗi");
    assertThat(log.toString()).doesNotContain("[dva index");
  }

  @Test
  void anIndexWrittenBeforeDateSortingMustBeRebuiltAndSaysSo(@TempDir Path tmp) throws Exception {
    Path old = tmp.resolve("old-index");
    try (org.apache.lucene.index.IndexWriter w =
        new org.apache.lucene.index.IndexWriter(
            org.apache.lucene.store.FSDirectory.open(old),
            new org.apache.lucene.index.IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
      w.addDocument(
          IndexSchema.facetsConfig()
              .build(
                  DocumentIndexer.toLucene(
                      new DocumentExtractor()
                          .extract(
                              "Tiêu đề\n\nNội dung.".getBytes(StandardCharsets.UTF_8),
                              "text/plain; charset=utf-8",
                              java.net.URI.create("file:///a.txt"),
                              vn.dva.extract.ExtractionHints.NONE))));
      w.commit();
    }
    Path file = Files.writeString(tmp.resolve("b.txt"), "Bài\n\nNội dung.");

    assertThatThrownBy(() -> run.run(old, List.of(file)))
        .isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("older dva")
        .hasMessageContaining("rebuild it: delete " + old);
    try (SearchService search = SearchService.open(old)) {
      assertThat(search.documentCount()).as("the old index is left as it was").isEqualTo(1);
    }
  }

  @Test
  void indexingTwiceLeavesOneCopyOfEachDocument(@TempDir Path tmp) throws Exception {
    Path file = tmp.resolve("a.txt");
    Files.writeString(file, "Tiêu đề\n\nNội dung.", StandardCharsets.UTF_8);
    run.run(tmp.resolve("index"), List.of(file));
    IndexRun.Summary again = run.run(tmp.resolve("index"), List.of(file));
    assertThat(again.documentsInIndex()).isEqualTo(1);
  }

  @Test
  void aMissingPathIsBadInputAndNothingIsIndexed(@TempDir Path tmp) {
    assertThatThrownBy(() -> run.run(tmp.resolve("index"), List.of(tmp.resolve("nope"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
    assertThat(tmp.resolve("index")).doesNotExist();
  }
}
