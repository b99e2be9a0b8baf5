package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads a host's robots.txt before anything else on it, archiving the exchange like any other, and
 * reusing a copy journaled less than a day ago (so a resumed crawl does not ask again). A 5xx or a
 * network failure leaves the host waiting with back-off; after the retries the host is set aside
 * for this run and its queue kept for the next.
 */
final class RobotsReader {

  static final Duration FRESH_FOR = Duration.ofHours(24);

  private final CrawlConfig config;
  private final HttpFetcher fetcher;
  private final WarcArchive archive;
  private final CrawlJournal journal;
  private final CrawlStats stats;

  RobotsReader(
      CrawlConfig config,
      HttpFetcher fetcher,
      WarcArchive archive,
      CrawlJournal journal,
      CrawlStats stats) {
    this.config = config;
    this.fetcher = fetcher;
    this.archive = archive;
    this.journal = journal;
    this.stats = stats;
  }

  PageVisitor.Outcome read(HostQueue h, PageVisitor.Sink sink)
      throws IOException, InterruptedException {
    URI robotsUrl = h.root.resolve("/robots.txt");
    CrawlJournal.RobotsCopy copy;
    synchronized (journal) {
      copy = journal.state().robots.get(h.key);
    }
    boolean requested = false;
    if (copy == null
        || copy.status() >= 500
        || copy.status() < 0
        || copy.date().plus(FRESH_FOR).isBefore(Instant.now())) {
      copy = fetch(h, robotsUrl);
      requested = true;
      journal.robots(h.key, copy);
    }
    RobotsPolicy policy =
        RobotsPolicy.from(robotsUrl, copy.status(), copy.body(), copy.contentType());
    if (policy.retryLater()) {
      h.robotsAttempts++;
      if (h.robotsAttempts > config.maxRetries()) {
        h.gaveUp = true;
        stats.error(
            h,
            robotsUrl.toString(),
            "robots.txt không đọc được (HTTP "
                + copy.status()
                + "): tạm bỏ máy chủ này, lần chạy sau thử lại");
        return new PageVisitor.Outcome(requested, null, false);
      }
      return new PageVisitor.Outcome(
          requested, config.retryBase().multipliedBy(1L << Math.min(h.robotsAttempts, 10)), false);
    }
    // a Crawl-delay over 300 s already disallows everything; the default then only paces skipping
    h.delay =
        policy.disallowsAll()
            ? config.defaultDelay()
            : policy.crawlDelay().orElse(config.defaultDelay());
    if (policy.disallowsAll())
      stats.note("robots.txt của " + h.key + " cấm toàn bộ (hoặc Crawl-delay quá 300 giây)");
    h.robots = policy;
    for (URI sitemap : policy.sitemaps(robotsUrl)) sink.offer(sitemap, 0, 0, Outlink.Kind.FEED);
    return new PageVisitor.Outcome(requested, null, false);
  }

  /** Fetches robots.txt, following up to five redirects that stay on the same host name. */
  private CrawlJournal.RobotsCopy fetch(HostQueue h, URI robotsUrl)
      throws IOException, InterruptedException {
    URI url = robotsUrl;
    for (int hop = 0; hop <= config.maxRedirects(); hop++) {
      Fetched f;
      try {
        f = fetcher.fetch(url, null);
      } catch (IOException e) {
        return new CrawlJournal.RobotsCopy(-1, Instant.now(), null, new byte[0]);
      }
      archive.writeResponse(f, h.province(url));
      stats.page(h, f.body().length);
      if (f.status() >= 300 && f.status() < 400) {
        URI from = url;
        URI next = f.header("Location").flatMap(l -> UrlNormalizer.normalize(from, l)).orElse(null);
        if (next == null || !next.getHost().equals(robotsUrl.getHost())) break;
        url = next;
        Thread.sleep(h.delay.toMillis());
        continue;
      }
      byte[] body =
          ContentDecoding.decode(
              f.body(), f.header("Content-Encoding").orElse(null), config.maxBytes());
      return new CrawlJournal.RobotsCopy(f.status(), f.date(), f.contentType(), body);
    }
    return new CrawlJournal.RobotsCopy(404, Instant.now(), null, new byte[0]);
  }
}
