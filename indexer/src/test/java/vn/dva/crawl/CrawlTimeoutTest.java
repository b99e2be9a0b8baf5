package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that stops sending mid-body does not hang the crawl: the body is cut at the read
 * timeout.
 */
class CrawlTimeoutTest {

  @TempDir Path out;

  @Test
  void cutsABodyThatStallsAndMarksItTruncatedByTime() throws Exception {
    try (TestWebServer server = new TestWebServer()) {
      server.html(
          "/",
          "<html><body><a href=\"/slow.html\">Chậm</a> <a href=\"/after.html\">Sau</a></body></html>");
      server.handle(
          "/slow.html",
          (ex, n) -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream body = ex.getResponseBody();
            body.write("<html><body><p>Bắt đầu</p>".getBytes(StandardCharsets.UTF_8));
            body.flush();
            try {
              Thread.sleep(4000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            body.close();
          });
      server.html("/after.html", "<html><body>Trang sau</body></html>");
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Sơn La\t" + server.url("/") + "\n");
      CrawlConfig config =
          CrawlConfig.defaults()
              .withDefaultDelay(Duration.ofMillis(10))
              .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1));
      PrintWriter quiet =
          new PrintWriter(
              new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));

      CrawlSummary summary = new Crawler(SitesFile.read(sites), out, config, quiet).run();

      assertThat(summary.finished()).isTrue();
      assertThat(server.count("/after.html")).isEqualTo(1);
      List<ArchivedDocument> docs = new ArrayList<>();
      WarcDocuments.read(out, docs::add);
      ArchivedDocument slow =
          docs.stream()
              .filter(d -> d.url().equals(URI.create(server.url("/slow.html"))))
              .findFirst()
              .orElseThrow();
      assertThat(slow.truncated()).isTrue();
      assertThat(new String(slow.body(), StandardCharsets.UTF_8)).contains("Bắt đầu");
    }
  }
}
