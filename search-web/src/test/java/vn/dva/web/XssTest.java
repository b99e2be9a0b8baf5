package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchService;

/** Hostile documents and hostile queries come back as text, never as markup. */
class XssTest {

  static final String HOSTILE =
      "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg onload=alert(3)>";

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    TestIndex.build(dir);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(
          new ExtractedDocument(
              "javascript:alert(4)",
              "javascript:alert(4)",
              "Bài độc " + HOSTILE,
              java.time.LocalDate.of(2021, 4, 4),
              "Cao Bằng",
              "<b>nguồn</b>\"",
              "html",
              "Bài độc có mã " + HOSTILE + " trong nội dung dân vận.",
              List.of(),
              List.of()));
      indexer.commit();
    }
    search = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static void assertNoActiveMarkup(String html) {
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .doesNotContain("<svg onload")
        .doesNotContain("href=\"javascript:")
        .doesNotContain("<b>nguồn");
  }

  @Test
  void hostileDocumentIsEscapedOnTheSearchPage() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          String html =
              client
                  .get("/?q=" + URLEncoder.encode("bài độc", StandardCharsets.UTF_8))
                  .body()
                  .string();
          assertThat(html).contains("Bài độc &lt;script&gt;alert(1)&lt;/script&gt;");
          assertNoActiveMarkup(html);
        });
  }

  @Test
  void hostileQueryIsEscapedEverywhereItIsEchoed() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          String q = URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8);
          for (String path :
              List.of(
                  "/?q=" + q,
                  "/?q=" + q + "&page=-1",
                  "/?" + q + "=1",
                  "/nothing" + "?q=" + q,
                  "/api/search?q=" + q,
                  "/api/search?" + q + "=1")) {
            String body = client.get(path).body().string();
            assertNoActiveMarkup(body);
          }
        });
  }

  @Test
  void hostileDirectiveNumberIsEscapedOnTheDirectivePage() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          String html =
              client
                  .get("/directive?number=" + URLEncoder.encode(HOSTILE, StandardCharsets.UTF_8))
                  .body()
                  .string();
          assertNoActiveMarkup(html);
        });
  }
}
