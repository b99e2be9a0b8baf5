package vn.dva.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.search.SearchRequest;
import vn.dva.search.SearchResponse;
import vn.dva.search.SearchService;

/**
 * Runs {@code dva index} in a child JVM with a 512 MiB heap over a folder holding a 49 MiB HTML
 * article and an ordinary one: the run ends well, the ordinary article is found, and so is the
 * first part of the large one, cut at the markup limit with a warning.
 */
class LargeFileIndexingTest {

  private static final long BIG_BYTES = 49L << 20;

  @Test
  void aFortyNineMebibyteArticleIsCutAndTheOrdinaryOneIsKept(@TempDir Path tmp) throws Exception {
    Path docs = Files.createDirectories(tmp.resolve("docs"));
    writeBigArticle(docs.resolve("bai-rat-dai.html"));
    Files.writeString(
        docs.resolve("bai-thuong.html"),
        """
        <!doctype html><html><head><meta charset="utf-8">
        <title>Mặt trận Tổ quốc huyện tổng kết phong trào dân vận khéo</title></head>
        <body><h1>Mặt trận Tổ quốc huyện tổng kết phong trào dân vận khéo</h1>
        <p>Ngày 19/01/2023, Ủy ban Mặt trận Tổ quốc huyện tổ chức hội nghị tổng kết phong trào thi đua
        dân vận khéo, biểu dương các mô hình hay ở cơ sở.</p></body></html>
        """);
    Path index = tmp.resolve("index");

    Process child = startIndexing(index, docs);
    boolean done = child.waitFor(10, TimeUnit.MINUTES);
    if (!done) child.destroyForcibly().waitFor();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done).as("indexing ended; output:\n%s", output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("index: indexed=2 skipped=0 failed=0")
        .contains("bai-rat-dai.html")
        .contains("cut at");

    try (SearchService search = SearchService.open(index)) {
      assertThat(titles(search, "\"phong trào dân vận khéo\""))
          .containsExactly("Mặt trận Tổ quốc huyện tổng kết phong trào dân vận khéo");
      assertThat(titles(search, "mocdau7731"))
          .containsExactly("Bài viết rất dài về công tác dân vận");
      assertThat(titles(search, "mocket7731"))
          .as("the end of the long article is cut off")
          .isEmpty();
    }
  }

  /** An article of 49 MiB: a marker word at the start, many paragraphs, a marker at the end. */
  private static void writeBigArticle(Path file) throws IOException {
    String paragraph =
        "<p>Ban Dân vận Tỉnh ủy hướng dẫn các cấp ủy thực hiện tốt quy chế dân chủ ở cơ sở, lắng"
            + " nghe ý kiến của nhân dân và giải quyết kịp thời những kiến nghị chính đáng.</p>\n";
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "<!doctype html><html><head><meta charset=\"utf-8\"><title>Bài viết rất dài về công tác"
              + " dân vận</title></head><body><h1>Bài viết rất dài về công tác dân vận</h1>\n"
              + "<p>Phần mocdau7731 của bài viết.</p>\n");
      long written = 0;
      int size = paragraph.getBytes(StandardCharsets.UTF_8).length;
      while (written < BIG_BYTES) {
        out.write(paragraph);
        written += size;
      }
      out.write("<p>Phần mocket7731 của bài viết.</p></body></html>\n");
    }
  }

  private static List<String> titles(SearchService search, String query) throws Exception {
    SearchResponse r = search.search(SearchRequest.of(query));
    return r.hits().stream().map(SearchResponse.Hit::title).toList();
  }

  private static Process startIndexing(Path index, Path docs) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "--add-modules",
            "jdk.incubator.vector",
            "-cp",
            System.getProperty("java.class.path"),
            "vn.dva.cli.Main",
            "index",
            "--index",
            index.toString(),
            "--threads",
            "2",
            docs.toString())
        .redirectErrorStream(true)
        .start();
  }
}
