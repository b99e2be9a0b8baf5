package vn.dva.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.dva.crawl.CrawlConfig;
import vn.dva.crawl.CrawlSummary;
import vn.dva.crawl.Crawler;
import vn.dva.crawl.Site;
import vn.dva.crawl.SitesFile;
import vn.dva.search.Json;

/**
 * {@code dva crawl}: crawls the sites of a sites.tsv into {@code OUT/archive/*.warc.gz}. Progress
 * and errors go to stderr, one JSON summary line to stdout. Ctrl-C stops after the requests in
 * flight; running the same command again continues where it stopped, and once a crawl has finished
 * it re-crawls with conditional requests.
 */
@Command(
    name = "crawl",
    description = {
      "Thu thập lịch sự các trang của sites.tsv vào kho WARC (crawl politely into WARC files).",
      "sites.tsv: một dòng 'tỉnh<TAB>địa chỉ bắt đầu'; dòng '#' là chú thích."
    },
    mixinStandardHelpOptions = true)
final class CrawlCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--sites",
      required = true,
      paramLabel = "FILE",
      description = "sites.tsv: province<TAB>start URL.")
  Path sites;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "Output folder (archive/ and state/).")
  Path out;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Requests in this run before stopping; default no limit.")
  Integer maxPages;

  @Option(
      names = "--max-pages-per-host",
      paramLabel = "N",
      description = "Page budget of one host; default 10000.")
  Integer maxPagesPerHost;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      description = "Link hops from a start URL; default 8.")
  Integer maxDepth;

  @Option(
      names = "--delay",
      paramLabel = "SECONDS",
      description =
          "Pause between requests to a host when robots.txt sets no Crawl-delay; default 1.")
  Double delaySeconds;

  @Option(
      names = "--user-agent",
      paramLabel = "UA",
      description = "User-Agent with a contact URL; default names dva-crawler.")
  String userAgent;

  @Override
  public Integer call() throws Exception {
    List<Site> list = SitesFile.read(sites);
    CrawlConfig config = config();
    Crawler crawler = new Crawler(list, out, config, spec.commandLine().getErr());
    CountDownLatch done = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              crawler.stop();
              try {
                done.await(config.readTimeout().toSeconds() + 5, TimeUnit.SECONDS);
              } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
              }
            },
            "dva-crawl-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    CrawlSummary summary;
    try {
      summary = crawler.run();
    } finally {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // Ctrl-C: the hook is running and waits for us
      }
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pages", summary.pages());
    json.put("bytes", summary.bytes());
    json.put("errors", summary.errors());
    json.put("duplicates", summary.duplicates());
    json.put("not_modified", summary.notModified());
    json.put("robots_blocked", summary.robotsBlocked());
    json.put("traps_cut", summary.trapsCut());
    json.put("off_host", summary.offHost());
    json.put("left", summary.left());
    json.put("finished", summary.finished());
    json.put("seconds", summary.took().toSeconds());
    json.put("archive", out.resolve("archive").toString());
    spec.commandLine().getOut().println(Json.write(json));
    return 0;
  }

  private CrawlConfig config() {
    CrawlConfig c = CrawlConfig.defaults();
    if (maxPages != null) c = c.withMaxPages(positive(maxPages, "--max-pages"));
    if (maxPagesPerHost != null)
      c = c.withMaxPagesPerHost(positive(maxPagesPerHost, "--max-pages-per-host"));
    if (maxDepth != null) c = c.withMaxDepth(positive(maxDepth + 1, "--max-depth") - 1);
    if (delaySeconds != null) {
      if (delaySeconds < 0 || delaySeconds > 300)
        throw new IllegalArgumentException("--delay must be 0–300 seconds, got " + delaySeconds);
      c = c.withDefaultDelay(Duration.ofMillis(Math.round(delaySeconds * 1000)));
    }
    if (userAgent != null) {
      if (!userAgent.contains("http"))
        throw new IllegalArgumentException(
            "--user-agent must name a contact URL, got '" + userAgent + "'");
      c = c.withUserAgent(userAgent);
    }
    return c;
  }

  private static int positive(int n, String option) {
    if (n <= 0) throw new IllegalArgumentException(option + " must be positive, got " + n);
    return n;
  }
}
