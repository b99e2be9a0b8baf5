package vn.dva.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Politeness over time: robots.txt's Crawl-delay spaces the requests to one host. */
class CrawlDelayTest {

  @TempDir Path out;

  private static PrintWriter quiet() {
    return new PrintWriter(
        new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8));
  }

  @Test
  void waitsTheCrawlDelayBetweenTwoRequestsToAHost() throws Exception {
    try (TestWebServer server = new TestWebServer()) {
      server.page(
          "/robots.txt",
          "text/plain",
          "User-agent: *\nCrawl-delay: 1\n".getBytes(StandardCharsets.UTF_8));
      server.html(
          "/", "<html><body><a href=\"/p1.html\">1</a> <a href=\"/p2.html\">2</a></body></html>");
      server.html("/p1.html", "<html><body>Một</body></html>");
      server.html("/p2.html", "<html><body>Hai</body></html>");
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Hà Nội\t" + server.url("/") + "\n");

      new Crawler(
              SitesFile.read(sites),
              out,
              CrawlConfig.defaults().withDefaultDelay(Duration.ZERO),
              quiet())
          .run();

      List<TestWebServer.Hit> hits = server.hits();
      assertThat(hits)
          .extracting(TestWebServer.Hit::target)
          .contains("/robots.txt", "/", "/p1.html", "/p2.html");
      for (int i = 1; i < hits.size(); i++) {
        Duration gap = Duration.ofNanos(hits.get(i).nanos() - hits.get(i - 1).nanos());
        assertThat(gap)
            .as("gap before %s", hits.get(i).target())
            .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
      }
    }
  }

  @Test
  void aCrawlDelayOverFiveMinutesKeepsTheCrawlerAwayFromTheHost() throws Exception {
    try (TestWebServer server = new TestWebServer()) {
      server.page(
          "/robots.txt",
          "text/plain",
          "User-agent: *\nCrawl-delay: 3600\n".getBytes(StandardCharsets.UTF_8));
      server.html("/", "<html><body>Trang chủ</body></html>");
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Hà Nội\t" + server.url("/") + "\n");

      CrawlSummary summary =
          new Crawler(
                  SitesFile.read(sites),
                  out,
                  CrawlConfig.defaults().withDefaultDelay(Duration.ZERO),
                  quiet())
              .run();

      assertThat(server.hits())
          .extracting(TestWebServer.Hit::target)
          .containsExactly("/robots.txt");
      assertThat(summary.robotsBlocked()).isEqualTo(2);
    }
  }

  @Test
  void retriesRobotsAfterAServerErrorBeforeFetchingAnything() throws Exception {
    try (TestWebServer server = new TestWebServer()) {
      server.handle(
          "/robots.txt",
          (ex, n) -> TestWebServer.send(ex, n == 1 ? 503 : 404, "text/plain", new byte[0]));
      server.html("/", "<html><body>Trang chủ</body></html>");
      Path sites = out.resolve("sites.tsv");
      Files.writeString(sites, "Hà Nội\t" + server.url("/") + "\n");

      new Crawler(
              SitesFile.read(sites),
              out,
              CrawlConfig.defaults()
                  .withDefaultDelay(Duration.ZERO)
                  .withRetryBase(Duration.ofMillis(50)),
              quiet())
          .run();

      assertThat(server.hits())
          .extracting(TestWebServer.Hit::target)
          .startsWith("/robots.txt", "/robots.txt")
          .contains("/");
    }
  }
}
