package vn.dva.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import vn.dva.search.SearchService;

class ArchivePagesTest {

  static final String URL = "https://langson.dcs.vn/tin/chi-thi-18";
  static final String PAGE =
      "<html><head><title>Chỉ thị 18</title><script>document.title='pwned'</script></head>"
          + "<body onload=\"alert(1)\"><h1>Lạng Sơn triển khai Chỉ thị số 18-CT/TU</h1>"
          + "<a href=\"javascript:alert(2)\">x</a><a href=\"/tin/khac\">tin khác</a><iframe src=\"https://evil.example\"></iframe></body></html>";

  @TempDir static Path dir;
  static SearchService search;
  static WarcArchive archive;

  @BeforeAll
  static void setUp() throws Exception {
    search = SearchService.open(TestIndex.build(dir.resolve("index")));
    Path warcs = dir.resolve("warc");
    java.nio.file.Files.createDirectories(warcs);
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.FileChannel.open(
                warcs.resolve("a.warc.gz"),
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP)) {
      w.write(response("https://other.example/", "<p>khác</p>", "2024-01-01T00:00:00Z"));
      w.write(response(URL, "<p>bản cũ</p>", "2023-03-02T03:00:00Z"));
      w.write(response(URL, PAGE, "2023-03-05T03:30:00Z"));
      w.write(response("https://other.example/2", "<p>khác 2</p>", "2024-01-01T00:00:00Z"));
    }
    archive = WarcArchive.open(warcs);
  }

  static WarcResponse response(String url, String html, String date) throws Exception {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .body(
                MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8))
            .build();
    return new WarcResponse.Builder(url).date(Instant.parse(date)).body(http).build();
  }

  @AfterAll
  static void close() throws Exception {
    search.close();
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void archiveFindsTheLatestCaptureOfEachUrl() throws Exception {
    assertThat(archive.size()).isEqualTo(3);
    ArchiveLookup.Capture c = archive.find(URL).orElseThrow();
    assertThat(c.captured()).isEqualTo(Instant.parse("2023-03-05T03:30:00Z"));
    assertThat(new String(c.body(), StandardCharsets.UTF_8)).contains("18-CT/TU");
    assertThat(archive.find("https://nowhere.example/")).isEmpty();
  }

  @Test
  void archivePageIsMarkedWithCaptureTimeAndOriginalUrlAndFramesTheCaptureInASandbox() {
    JavalinTest.test(
        WebApp.create(search, archive),
        (app, client) -> {
          Response r = client.get("/archive?url=" + enc(URL));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.body().string())
              .contains("BẢN LƯU TRỮ")
              .contains("10:30 ngày 05/03/2023")
              .contains("href=\"" + URL + "\"")
              .contains("sandbox=\"\"")
              .contains("src=\"/archive/raw?url=" + enc(URL) + "\"");
        });
  }

  @Test
  void rawCaptureHasNoScriptsAndASandboxPolicy() {
    JavalinTest.test(
        WebApp.create(search, archive),
        (app, client) -> {
          Response r = client.get("/archive/raw?url=" + enc(URL));
          assertThat(r.code()).isEqualTo(200);
          assertThat(r.headers().get("Content-Security-Policy").get(0))
              .startsWith("sandbox;")
              .doesNotContain("script-src");
          String html = r.body().string();
          assertThat(html)
              .contains("Lạng Sơn triển khai")
              .doesNotContain("<script")
              .doesNotContain("onload")
              .doesNotContain("javascript:")
              .doesNotContain("<iframe")
              .contains("https://langson.dcs.vn/tin/khac");
        });
  }

  @Test
  void searchResultsLinkToTheArchivedCopy() {
    JavalinTest.test(
        WebApp.create(search, archive),
        (app, client) ->
            assertThat(client.get("/?q=" + enc("18-CT/TU")).body().string())
                .contains("/archive?url=" + enc(URL)));
  }

  @Test
  void unknownOrMissingUrlIsAnErrorNotACrash() {
    JavalinTest.test(
        WebApp.create(search, archive),
        (app, client) -> {
          assertThat(client.get("/archive?url=" + enc("https://nowhere.example/")).code())
              .isEqualTo(404);
          assertThat(client.get("/archive").code()).isEqualTo(400);
          assertThat(client.get("/archive/raw?url=x&y=1").code()).isEqualTo(400);
        });
  }
}
