package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import vn.dva.extract.TextDecoder;

/**
 * One crawl of a test portal full of traps and faults, served on 127.0.0.1; each test checks one
 * behaviour against what the server saw and what the archive holds.
 */
class CrawlerTest {

  static final String PROVINCE = "Bình Phước";
  static final int HUGE_BYTES = 30 << 20;
  static final long CAP = 4L << 20;

  @TempDir static Path out;
  static TestWebServer server;
  static CrawlSummary summary;
  static List<ArchivedDocument> documents = new ArrayList<>();
  static byte[] docx;
  static byte[] pdf;
  static String progress;

  @BeforeAll
  static void crawlTheTestPortal() throws Exception {
    server = new TestWebServer();
    docx =
        TestDocuments.docx(
            "Kế hoạch tổng kết 10 năm thực hiện Chỉ thị 18-CT/TU về công tác dân vận");
    pdf = TestDocuments.pdf("Quyet dinh 1217-QD/TU ve cong tac dan van");
    int port = server.port();
    server.page(
        "/robots.txt",
        "text/plain",
        "User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n"
            .getBytes(StandardCharsets.UTF_8));
    server.html(
        "/",
        """
        <html><head><title>Ban Dân vận</title>
        <link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
        <a href="/tin-tuc/">Tin tức</a> <a href="/private/secret.html">Quản trị</a>
        <a href="http://localhost:%d/other-host.html">Máy chủ khác</a> <a href="http://example.invalid/x">Ngoài</a>
        <a href="/lich?ngay=2024-01-15">Lịch</a> <a href="/loop/a">Vòng</a> <a href="/hop?n=1">Chuyển mãi</a>
        <a href="/busy.html">Bận</a> <a href="/broken.html">Hỏng</a> <a href="/nen.html">Nén</a> <a href="/cu.html">Cũ</a> <a href="/huge.html">Lớn</a>
        <a href="/a/">Lặp</a> <a href="/bai-viet.html?utm_source=zalo&amp;utm_medium=social">Bài</a>
        <img src="/logo.png"></body></html>"""
            .formatted(port));
    server.page(
        "/sitemap.xml",
        "application/xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>"
                + server.url("/tin-tuc/bai-tu-sitemap.html")
                + "</loc></url></urlset>")
            .getBytes(StandardCharsets.UTF_8));
    server.page(
        "/rss.xml",
        "application/rss+xml",
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Tin</title>"
                + "<item><title>Bài</title><link>"
                + server.url("/tin-tuc/bai-tu-rss.html")
                + "</link></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8));
    server.html(
        "/tin-tuc/",
        """
        <html><body><a href="bai-1.html">Bài 1</a> <a href="bai-2.html">Bài 2</a>
        <a class="next" href="?page=2">Trang sau</a></body></html>""");
    server.html(
        "/tin-tuc/?page=2",
        """
        <html><body><a href="bai-3.html">Bài 3</a> <a href="bai-3.html?print=1">In</a>
        <a href="bai-3.html#binh-luan">Bình luận</a></body></html>""");
    server.html(
        "/tin-tuc/bai-1.html",
        """
        <html><body><h1>Bài 1</h1><a href="/files/van-ban.docx">Tải văn bản</a>
        <a href="/files/quyet-dinh.pdf">Quyết định</a> <a href="bai-1.html?print=1">Bản in</a>
        <a href="bai-2-copy.html">Bản sao</a></body></html>""");
    String same = "<html><body><h1>Bài 2</h1><p>Cùng một nội dung ở hai địa chỉ.</p></body></html>";
    server.html("/tin-tuc/bai-2.html", same);
    server.html("/tin-tuc/bai-2-copy.html", same);
    server.html("/tin-tuc/bai-3.html", "<html><body><h1>Bài 3</h1></body></html>");
    server.html("/tin-tuc/bai-tu-sitemap.html", "<html><body>Từ sitemap</body></html>");
    server.html("/tin-tuc/bai-tu-rss.html", "<html><body>Từ RSS</body></html>");
    server.html("/bai-viet.html", "<html><body>Bài viết</body></html>");
    server.page(
        "/files/van-ban.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx);
    server.page("/files/quyet-dinh.pdf", "application/pdf", pdf);
    server.handle("/loop/a", (ex, n) -> redirect(ex, "/loop/b"));
    server.handle("/loop/b", (ex, n) -> redirect(ex, "/loop/a"));
    for (int i = 1; i < 50; i++) {
      int next = i + 1;
      server.handle("/hop?n=" + i, (ex, n) -> redirect(ex, "/hop?n=" + next));
    }
    server.handle(
        "/busy.html",
        (ex, n) -> {
          if (n == 1) {
            ex.getResponseHeaders().add("Retry-After", "1");
            TestWebServer.send(
                ex, 503, "text/html", "<html>Bận</html>".getBytes(StandardCharsets.UTF_8));
          } else {
            TestWebServer.send(
                ex,
                200,
                "text/html; charset=utf-8",
                "<html><body>Hết bận</body></html>".getBytes(StandardCharsets.UTF_8));
          }
        });
    server.handle(
        "/broken.html",
        (ex, n) ->
            TestWebServer.send(
                ex, 500, "text/html", "<html>Lỗi máy chủ</html>".getBytes(StandardCharsets.UTF_8)));
    server.handle(
        "/nen.html",
        (ex, n) -> {
          ByteArrayOutputStream gz = new ByteArrayOutputStream();
          try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
            z.write(
                "<html><body><p>Nén gzip</p><a href=\"/sau-nen.html\">Tiếp</a></body></html>"
                    .getBytes(StandardCharsets.UTF_8));
          }
          ex.getResponseHeaders().add("Content-Encoding", "gzip");
          TestWebServer.send(ex, 200, "text/html; charset=utf-8", gz.toByteArray());
        });
    server.html("/sau-nen.html", "<html><body>Sau nén</body></html>");
    server.page(
        "/cu.html",
        "text/html; charset=windows-1258",
        TestDocuments.windows1258(
            "<html><body><p>Dân vận khéo thì việc gì cũng xong</p><a href=\"/tin-tức/dân-vận.html\">Tiếp</a></body></html>"));
    server.html("/tin-tức/dân-vận.html", "<html><body>Tin tức dân vận</body></html>");
    server.handle(
        "/huge.html",
        (ex, n) -> {
          ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, 0);
          byte[] chunk = "<p>rất dài</p>\n".repeat(4096).getBytes(StandardCharsets.UTF_8);
          try (OutputStream o = ex.getResponseBody()) {
            for (long sent = 0; sent < HUGE_BYTES; sent += chunk.length) o.write(chunk);
          }
        });
    server.handle(
        "/lich",
        (ex, n) -> {
          /* unused: calendar pages carry a query */
        });
    for (int d = 1; d <= 28; d++) registerCalendarDay(d);
    for (String p : List.of("/a/", "/a/a/", "/a/a/a/"))
      server.html(p, "<html><body>" + p + " <a href=\"a/\">Lặp lại</a></body></html>");

    Path sites = out.resolve("sites.tsv");
    java.nio.file.Files.writeString(
        sites, "# tỉnh\tđịa chỉ\n" + PROVINCE + "\t" + server.url("/") + "\n");
    CrawlConfig config =
        CrawlConfig.defaults()
            .withDefaultDelay(Duration.ofMillis(10))
            .withMaxBytes(CAP)
            .withCalendarLimit(8)
            .withRetryBase(Duration.ofMillis(100))
            .withWarcRotateBytes(16 << 10)
            .withProgressEvery(Duration.ofMillis(500));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    summary =
        new Crawler(
                SitesFile.read(sites),
                out,
                config,
                new java.io.PrintWriter(
                    new java.io.OutputStreamWriter(log, StandardCharsets.UTF_8), true))
            .run();
    progress = log.toString(StandardCharsets.UTF_8);
    WarcDocuments.read(WarcDocuments.files(out), documents::add);
  }

  private static void registerCalendarDay(int day) {
    String self = "/lich?ngay=2024-01-" + String.format("%02d", day);
    String prev = "/lich?ngay=2024-01-" + String.format("%02d", Math.max(1, day - 1));
    String next = "/lich?ngay=2024-01-" + String.format("%02d", Math.min(28, day + 1));
    server.html(
        self,
        "<html><body><a href=\""
            + prev
            + "\">Hôm trước</a> <a href=\""
            + next
            + "\">Hôm sau</a></body></html>");
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws IOException {
    ex.getResponseHeaders().add("Location", to);
    TestWebServer.send(ex, 302, null, new byte[0]);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  static ArchivedDocument document(String path) {
    URI url = URI.create(server.url(path));
    return documents.stream()
        .filter(d -> d.url().equals(url))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "not archived as a document: "
                        + url
                        + " among "
                        + documents.stream().map(ArchivedDocument::url).toList()));
  }

  @Test
  void completesTheCycleAndSummarizesInVietnamese() {
    assertThat(summary.finished()).isTrue();
    assertThat(summary.left()).isZero();
    assertThat(summary.line()).startsWith("Xong:");
    assertThat(progress).contains("trang").contains("127.0.0.1:" + server.port());
  }

  @Test
  void readsRobotsFirstAndNeverFetchesDisallowedPaths() {
    assertThat(server.hits().get(0).target()).isEqualTo("/robots.txt");
    assertThat(server.count("/private/secret.html")).isZero();
    assertThat(summary.robotsBlocked()).isPositive();
  }

  @Test
  void identifiesItselfWithAContactUrl() {
    assertThat(server.hits())
        .allSatisfy(
            h -> assertThat(h.header("User-Agent")).contains("dva-crawler").contains("+https://"));
  }

  @Test
  void neverFollowsALinkToAnotherHost() {
    assertThat(server.count("/other-host.html")).isZero();
    assertThat(summary.offHost()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void boundsAnEndlessCalendar() {
    long calendarHits = server.hits().stream().filter(h -> h.target().startsWith("/lich?")).count();
    assertThat(calendarHits).isBetween(2L, 8L);
  }

  @Test
  void cutsRepeatingPaths() {
    assertThat(server.count("/a/a/")).isEqualTo(1);
    assertThat(server.count("/a/a/a/")).isZero();
  }

  @Test
  void cutsRedirectLoopsAndEndlessChains() {
    assertThat(server.count("/loop/a")).isEqualTo(1);
    assertThat(server.count("/loop/b")).isEqualTo(1);
    long hops = server.hits().stream().filter(h -> h.target().startsWith("/hop?")).count();
    assertThat(hops).isBetween(2L, 6L);
  }

  @Test
  void retriesA503AfterItsRetryAfter() throws IOException {
    List<TestWebServer.Hit> busy =
        server.hits().stream().filter(h -> h.target().equals("/busy.html")).toList();
    assertThat(busy).hasSize(2);
    assertThat(Duration.ofNanos(busy.get(1).nanos() - busy.get(0).nanos()))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    CaptureIndex.Capture capture =
        CaptureIndex.open(out).find(server.url("/busy.html")).orElseThrow();
    assertThat(capture.status()).isEqualTo(200);
    assertThat(new String(capture.body(), StandardCharsets.UTF_8)).contains("Hết bận");
  }

  @Test
  void retriesOtherServerErrorsABoundedNumberOfTimes() {
    assertThat(server.count("/broken.html")).isEqualTo(3);
    assertThat(summary.errors()).isPositive();
  }

  @Test
  void decodesGzipForLinksAndKeepsTheWireBytesInTheArchive() throws IOException {
    assertThat(server.count("/sau-nen.html")).isEqualTo(1);
    assertThat(new String(document("/nen.html").body(), StandardCharsets.UTF_8))
        .contains("Nén gzip");
    try (WarcReader reader = new WarcReader(WarcDocuments.files(out).get(0))) {
      boolean gzipStored = false;
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse resp && resp.target().endsWith("/nen.html")) {
          gzipStored = resp.http().headers().first("Content-Encoding").orElse("").equals("gzip");
        }
      }
      assertThat(gzipStored).as("the archived response keeps Content-Encoding: gzip").isTrue();
    }
  }

  @Test
  void decodesAWindows1258PageBeforeFollowingItsLinks() {
    assertThat(server.count("/tin-tức/dân-vận.html")).isEqualTo(1);
    ArchivedDocument old = document("/cu.html");
    assertThat(TextDecoder.decode(old.body(), old.contentType()))
        .contains("Dân vận khéo thì việc gì cũng xong");
  }

  @Test
  void archivesDocxAndPdfAttachmentsByteForByte() {
    assertThat(document("/files/van-ban.docx").body()).isEqualTo(docx);
    assertThat(document("/files/quyet-dinh.pdf").body()).isEqualTo(pdf);
    assertThat(document("/files/quyet-dinh.pdf").province()).isEqualTo(PROVINCE);
  }

  @Test
  void collapsesPrintCopiesFragmentsAndTrackingParameters() {
    assertThat(server.count("/tin-tuc/bai-3.html")).isEqualTo(1);
    assertThat(server.count("/tin-tuc/bai-1.html")).isEqualTo(1);
    assertThat(server.hits())
        .noneMatch(h -> h.target().contains("print=") || h.target().contains("utm_"));
    assertThat(server.count("/bai-viet.html")).isEqualTo(1);
  }

  @Test
  void yieldsIdenticalContentOnceWithBothUrls() {
    List<ArchivedDocument> copies =
        documents.stream().filter(d -> d.url().getPath().startsWith("/tin-tuc/bai-2")).toList();
    assertThat(copies).hasSize(1);
    List<URI> all = new ArrayList<>(copies.get(0).alternateUrls());
    all.add(copies.get(0).url());
    assertThat(all)
        .containsExactlyInAnyOrder(
            URI.create(server.url("/tin-tuc/bai-2.html")),
            URI.create(server.url("/tin-tuc/bai-2-copy.html")));
    assertThat(summary.duplicates()).isEqualTo(1);
  }

  @Test
  void truncatesAnOversizedPageAtTheCapAndMarksIt() {
    ArchivedDocument huge = document("/huge.html");
    assertThat(huge.truncated()).isTrue();
    assertThat((long) huge.body().length).isEqualTo(CAP);
  }

  @Test
  void discoversSitemapRssAndPagedListings() {
    assertThat(server.count("/sitemap.xml")).isEqualTo(1);
    assertThat(server.count("/tin-tuc/bai-tu-sitemap.html")).isEqualTo(1);
    assertThat(server.count("/rss.xml")).isEqualTo(1);
    assertThat(server.count("/tin-tuc/bai-tu-rss.html")).isEqualTo(1);
    assertThat(server.count("/tin-tuc/?page=2")).isEqualTo(1);
    assertThat(server.count("/logo.png")).isZero();
  }

  @Test
  void archivesEveryRequestItMadeAndKeepsTheProvince() throws IOException {
    int requests = 0;
    for (Path file : WarcDocuments.files(out)) {
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord r : reader) if (r instanceof WarcRequest) requests++;
      }
    }
    assertThat(requests).isEqualTo(server.hits().size());
    assertThat(WarcDocuments.files(out)).hasSizeGreaterThan(1);
    assertThat(documents).allSatisfy(d -> assertThat(d.province()).isEqualTo(PROVINCE));
  }
}
