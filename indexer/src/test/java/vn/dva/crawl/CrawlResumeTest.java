package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Stopping and starting again: a killed crawl resumes without refetching; a finished one re-crawls
 * conditionally.
 */
class CrawlResumeTest {

  @TempDir Path out;

  @Test
  void aKilledCrawlResumesWithoutRefetchingWhatItArchived() throws Exception {
    int articles = 12;
    CountDownLatch release = new CountDownLatch(1);
    try (TestWebServer server = new TestWebServer()) {
      server.page(
          "/robots.txt",
          "text/plain",
          "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
      StringBuilder list = new StringBuilder("<html><body>");
      for (int i = 1; i <= articles; i++) {
        list.append("<a href=\"/bai-").append(i).append(".html\">Bài ").append(i).append("</a>");
        int n = i;
        server.handle(
            "/bai-" + i + ".html",
            (ex, times) -> {
              if (n > 5) awaitQuietly(release);
              TestWebServer.send(
                  ex,
                  200,
                  "text/html; charset=utf-8",
                  ("<html><body>Bài số " + n + "</body></html>").getBytes(StandardCharsets.UTF_8));
            });
      }
      server.html("/", list.append("</body></html>").toString());
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Lạng Sơn\t" + server.url("/") + "\n");

      Process child =
          new ProcessBuilder(
                  javaBinary(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  ChildCrawl.class.getName(),
                  sites.toString(),
                  out.toString(),
                  "20")
              .redirectErrorStream(true)
              .redirectOutput(out.resolve("child.log").toFile())
              .start();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (server.count("/bai-6.html") == 0 && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(server.count("/bai-6.html"))
          .as("the child crawl reached article 6; log: %s", log())
          .isEqualTo(1);
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

      Set<String> archivedBeforeKill = archivedUrls();
      assertThat(archivedBeforeKill).contains(server.url("/bai-1.html"), server.url("/bai-5.html"));
      release.countDown();

      StringWriter log = new StringWriter();
      CrawlSummary resumed =
          new Crawler(
                  SitesFile.read(sites),
                  out,
                  CrawlConfig.defaults().withDefaultDelay(Duration.ofMillis(20)),
                  new PrintWriter(log, true))
              .run();

      assertThat(resumed.finished()).isTrue();
      assertThat(log.toString()).contains("Tiếp tục");
      for (String url : archivedBeforeKill) {
        assertThat(server.count(URI.create(url).getPath())).as("requests for %s", url).isEqualTo(1);
      }
      assertThat(server.count("/robots.txt")).isEqualTo(1);
      List<URI> documents = new ArrayList<>();
      WarcDocuments.read(WarcDocuments.files(out), d -> documents.add(d.url()));
      for (int i = 1; i <= articles; i++)
        assertThat(documents).contains(URI.create(server.url("/bai-" + i + ".html")));
    } finally {
      release.countDown();
    }
  }

  @Test
  void aFinishedCrawlRecrawlsWithValidatorsAndArchives304AsRevisit() throws Exception {
    String etag = "\"v1\"";
    try (TestWebServer server = new TestWebServer()) {
      server.html(
          "/",
          "<html><body><a href=\"/bai.html\">Bài</a> <a href=\"/tinh.html\">Tĩnh</a></body></html>");
      server.html("/tinh.html", "<html><body>Trang không có ETag</body></html>");
      server.handle(
          "/bai.html",
          (ex, n) -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
              TestWebServer.send(ex, 304, null, new byte[0]);
              return;
            }
            ex.getResponseHeaders().add("ETag", etag);
            ex.getResponseHeaders().add("Last-Modified", "Tue, 14 Jan 2020 08:00:00 GMT");
            TestWebServer.send(
                ex,
                200,
                "text/html; charset=utf-8",
                "<html><body>Năm dân vận chính quyền</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
          });
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Quảng Ninh\t" + server.url("/") + "\n");
      CrawlConfig config = CrawlConfig.defaults().withDefaultDelay(Duration.ofMillis(10));
      PrintWriter quiet =
          new PrintWriter(
              new OutputStreamWriter(
                  java.io.OutputStream.nullOutputStream(), StandardCharsets.UTF_8));

      assertThat(new Crawler(SitesFile.read(sites), out, config, quiet).run().finished()).isTrue();
      CrawlSummary again = new Crawler(SitesFile.read(sites), out, config, quiet).run();

      assertThat(again.notModified()).isEqualTo(1);
      List<TestWebServer.Hit> hits =
          server.hits().stream().filter(h -> h.target().equals("/bai.html")).toList();
      assertThat(hits).hasSize(2);
      assertThat(hits.get(1).header("If-None-Match")).isEqualTo(etag);
      assertThat(hits.get(1).header("If-Modified-Since"))
          .isEqualTo("Tue, 14 Jan 2020 08:00:00 GMT");
      assertThat(revisitProfiles())
          .contains(WarcRevisit.SERVER_NOT_MODIFIED_1_1, WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1);
      assertThat(again.duplicates()).isZero();
      List<ArchivedDocument> unchanged = new ArrayList<>();
      WarcDocuments.read(
          out,
          d -> {
            if (d.url().getPath().equals("/tinh.html")) unchanged.add(d);
          });
      assertThat(unchanged).hasSize(1);
      assertThat(unchanged.get(0).alternateUrls()).isEmpty();
      CaptureIndex.Capture capture =
          CaptureIndex.open(out).find(server.url("/bai.html")).orElseThrow();
      assertThat(new String(capture.body(), StandardCharsets.UTF_8))
          .contains("Năm dân vận chính quyền");
      assertThat(capture.province()).isEqualTo("Quảng Ninh");
    }
  }

  private Set<String> archivedUrls() throws IOException {
    Set<String> urls = new HashSet<>();
    for (Path file : WarcDocuments.files(out)) {
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord r : reader) if (r instanceof WarcResponse resp) urls.add(resp.target());
      } catch (IOException | RuntimeException tornByTheKill) {
        // the record being written when the child died
      }
    }
    return urls;
  }

  private List<java.net.URI> revisitProfiles() throws IOException {
    List<java.net.URI> profiles = new ArrayList<>();
    for (Path file : WarcDocuments.files(out)) {
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord r : reader) if (r instanceof WarcRevisit v) profiles.add(v.profile());
      }
    }
    return profiles;
  }

  private String log() throws IOException {
    Path log = out.resolve("child.log");
    return Files.exists(log) ? Files.readString(log) : "(no log)";
  }

  private static String javaBinary() {
    return ProcessHandle.current()
        .info()
        .command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
