package vn.dva.crawl;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a crawl in a separate JVM so that a test can kill it hard: {@code ChildCrawl SITES OUT
 * DELAY_MS}.
 */
public final class ChildCrawl {

  private ChildCrawl() {}

  public static void main(String[] args) throws Exception {
    CrawlConfig config =
        CrawlConfig.defaults().withDefaultDelay(Duration.ofMillis(Long.parseLong(args[2])));
    PrintWriter log =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    new Crawler(SitesFile.read(Path.of(args[0])), Path.of(args[1]), config, log).run();
  }
}
