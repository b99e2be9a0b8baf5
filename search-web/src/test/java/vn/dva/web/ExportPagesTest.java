package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dva.extract.ExtractedDocument;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.Json;
import vn.dva.search.SearchService;

class ExportPagesTest {

  /** Enough rows (about 9 MB of CSV) that no socket buffer holds the whole export. */
  static final int DOCS = 20_000;

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      for (int i = 0; i < DOCS; i++) {
        indexer.add(
            new ExtractedDocument(
                "https://example.vn/tin/" + i,
                "https://example.vn/tin/" + i,
                i == 7 ? "=HYPERLINK(\"http://evil.example\",\"bấm\")" : "Tin dân vận " + i,
                LocalDate.of(2020, 1, 1).plusDays(i % 1_500),
                i % 2 == 0 ? "Bình Phước" : "Lạng Sơn",
                "example.vn",
                "html",
                ("Công tác dân vận ở cơ sở, bài số " + i + ". ").repeat(8),
                List.of(),
                List.of()));
      }
      indexer.commit();
    }
    search = SearchService.open(dir, false);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  @Test
  void jsonLinesExportHoldsEveryHitOfTheSearch() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          Response r = client.get("/search.jsonl?province=" + WebAppTest.enc("Lạng Sơn"));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Type").get(0)).startsWith("application/jsonl");
          assertThat(r.headers().get("Content-Disposition").get(0)).contains("dva-ket-qua.jsonl");
          List<String> lines = r.body().string().lines().toList();
          assertThat(lines).hasSize(DOCS / 2);
          JsonNode first = Json.MAPPER.readTree(lines.get(0));
          assertThat(first.get("province").asText()).isEqualTo("Lạng Sơn");
          // newest first without a query, as on the page
          assertThat(first.get("published").asText())
              .isGreaterThanOrEqualTo(
                  Json.MAPPER.readTree(lines.get(lines.size() - 1)).get("published").asText());
        });
  }

  @Test
  void csvExportHasNoCapAndDefusesFormulas() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          String body = client.get("/search.csv?q=" + WebAppTest.enc("dân vận")).body().string();
          List<String> lines = body.lines().toList();
          assertThat(body).startsWith("\uFEFFid,title,url,");
          assertThat(lines).hasSize(1 + DOCS);
          assertThat(lines)
              .anySatisfy(
                  l ->
                      assertThat(l)
                          .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"bấm\"\")\","));
        });
  }

  @Test
  void searchPageSaysHowManyRowsTheExportWillHave() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          String html = client.get("/?province=" + WebAppTest.enc("Bình Phước")).body().string();
          assertThat(html).contains("Tải toàn bộ 10.000 dòng");
          assertThat(html).contains("href=\"/search.csv?province=B%C3%ACnh+Ph%C6%B0%E1%BB%9Bc\"");
        });
  }

  @Test
  void badQueryIsAJson400BeforeAnyRow() {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          Response r = client.get("/search.csv?sort=sideways");
          assertThat(r.code()).isEqualTo(400);
          assertThat(r.body().string()).contains("sort must be relevance, newest or oldest");
        });
  }

  @Test
  void aClientThatDisconnectsMidExportStopsTheWork() throws Exception {
    ExportPages exports = new ExportPages(search);
    Javalin app = WebApp.create(search, ArchiveLookup.NONE, exports).start("127.0.0.1", 0);
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /search.csv HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] buf = new byte[8_192];
      int read = 0;
      while (read < 20_000) read += in.read(buf); // the first rows arrive before the export ends
      // closing with unread data resets the connection
    } finally {
      long deadline = System.nanoTime() + 20_000_000_000L;
      while ((exports.running() > 0 || exports.aborted() == 0) && System.nanoTime() < deadline)
        Thread.sleep(50);
      app.stop();
    }
    assertThat(exports.running()).isZero();
    assertThat(exports.aborted()).isEqualTo(1);
    assertThat(exports.finished()).isZero();
    assertThat(exports.rowsSent()).isLessThan(DOCS);
  }
}
