package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dva.extract.DirectiveCitation;
import vn.dva.extract.ExtractedDocument;
import vn.dva.extract.ReviewAnnouncement;
import vn.dva.index.DocumentIndexer;
import vn.dva.search.SearchService;

/**
 * Every CSV the web module sends goes through the one writer: byte order mark, RFC 4180 and a title
 * that a spreadsheet would run as a formula written as text.
 */
class CsvDownloadsTest {

  static final String FORMULA_TITLE = "=HYPERLINK(\"http://x.vn\",\"Sơ kết\")";

  @TempDir static Path dir;
  static SearchService search;

  @BeforeAll
  static void index() throws Exception {
    DirectiveCitation ct05 =
        new DirectiveCitation("05-CT/TW", "CT", "TW", LocalDate.of(2016, 5, 15), null, 1);
    try (DocumentIndexer indexer = DocumentIndexer.open(dir)) {
      indexer.add(
          new ExtractedDocument(
              "https://a.vn/so-ket",
              "https://a.vn/so-ket",
              FORMULA_TITLE,
              LocalDate.of(2021, 5, 10),
              "Bình Phước",
              "a.vn",
              "html",
              "Sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.",
              List.of(ct05),
              List.of(new ReviewAnnouncement("05-CT/TW", LocalDate.of(2016, 5, 15), 5, "sơ kết")),
              List.of()));
      indexer.commit();
    }
    search = SearchService.open(dir);
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static Stream<Arguments> downloads() {
    return Stream.of(
        Arguments.of("GET", "/search.csv?q=" + WebAppTest.enc("sơ kết"), "id,title,url"),
        Arguments.of("GET", "/reviews.csv?year=2021", "number,issued,province"),
        Arguments.of("POST", "/batch", "typed,number,articles"));
  }

  @ParameterizedTest
  @MethodSource("downloads")
  void everyCsvStartsWithABomAndWritesFormulasAsText(String method, String path, String header) {
    JavalinTest.test(
        WebApp.create(search),
        (app, client) -> {
          HttpRequest.Builder request =
              HttpRequest.newBuilder(URI.create(client.getOrigin() + path));
          if (method.equals("POST")) {
            request
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "format=csv&numbers=" + WebAppTest.enc("05-CT/TW")));
          }
          HttpResponse<byte[]> r =
              HttpClient.newHttpClient()
                  .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
          assertThat(r.statusCode()).isEqualTo(200);
          assertThat(r.headers().firstValue("Content-Type").orElseThrow())
              .startsWith("text/csv; charset=utf-8");
          String body = new String(r.body(), StandardCharsets.UTF_8);
          assertThat(r.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
          assertThat(body).startsWith("\uFEFF" + header).contains("\r\n");
          assertThat(body.lines()).hasSizeGreaterThan(1);
          if (!method.equals("POST")) {
            assertThat(body)
                .contains("\"'=HYPERLINK(\"\"http://x.vn\"\",\"\"Sơ kết\"\")\"")
                .doesNotContain(",\"=HYPERLINK")
                .doesNotContain(",=HYPERLINK");
          }
        });
  }
}
