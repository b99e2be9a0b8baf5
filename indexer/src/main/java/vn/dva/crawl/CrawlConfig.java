package vn.dva.crawl;

import java.time.Duration;

/**
 * Limits and manners of one crawl. Use {@link #defaults()} and the {@code with…} methods; every
 * value is validated when the record is built.
 *
 * @param userAgent the User-Agent sent with every request; names the crawler and a contact URL
 * @param defaultDelay pause between two requests to one host when robots.txt gives no Crawl-delay
 * @param maxPages pages fetched in this run over all hosts before stopping (the rest stays queued)
 * @param maxPagesPerHost page budget of one host per crawl cycle
 * @param maxDepth link hops from a start URL; attachments may go one further, next-page links do
 *     not count
 * @param maxRedirects redirects followed from one URL before the chain is cut
 * @param maxBytes bytes of one response kept; the rest is not read and the record is marked
 *     truncated
 * @param connectTimeout TCP connect timeout
 * @param readTimeout time allowed for the headers and, separately, for the whole body
 * @param maxRetries retries of a URL after 429/503 or a network error
 * @param maxServerErrorRetries retries of a URL after another 5xx status
 * @param retryBase first back-off when the server gives no Retry-After; doubled at each retry
 * @param maxRetryAfter longest Retry-After honoured; a longer one postpones the URL to a later run
 * @param calendarLimit URLs of one date-shaped pattern per host (endless calendars)
 * @param shapeLimit URLs of one numeric pattern per host (other generated link spaces)
 * @param warcRotateBytes size after which a new WARC file is started
 * @param parallelHosts hosts crawled at the same time (one connection each)
 * @param progressEvery interval of progress lines on stderr
 */
public record CrawlConfig(
    String userAgent,
    Duration defaultDelay,
    int maxPages,
    int maxPagesPerHost,
    int maxDepth,
    int maxRedirects,
    long maxBytes,
    Duration connectTimeout,
    Duration readTimeout,
    int maxRetries,
    int maxServerErrorRetries,
    Duration retryBase,
    Duration maxRetryAfter,
    int calendarLimit,
    int shapeLimit,
    long warcRotateBytes,
    int parallelHosts,
    Duration progressEvery) {

  /** Identifies the crawler and where to complain, as polite crawlers do. */
  public static final String USER_AGENT =
      "dva-crawler/0.1 (+https://dva.example/crawler; archive of dan van news; contact: see URL)";

  public CrawlConfig {
    if (userAgent == null || userAgent.isBlank())
      throw new IllegalArgumentException("userAgent must not be blank");
    positive(defaultDelay.isNegative() ? -1 : 1, "defaultDelay " + defaultDelay);
    positive(maxPages, "maxPages " + maxPages);
    positive(maxPagesPerHost, "maxPagesPerHost " + maxPagesPerHost);
    positive(maxDepth + 1, "maxDepth " + maxDepth);
    positive(maxRedirects + 1, "maxRedirects " + maxRedirects);
    positive(maxBytes, "maxBytes " + maxBytes);
    positive(calendarLimit, "calendarLimit " + calendarLimit);
    positive(shapeLimit, "shapeLimit " + shapeLimit);
    positive(warcRotateBytes, "warcRotateBytes " + warcRotateBytes);
    positive(parallelHosts, "parallelHosts " + parallelHosts);
  }

  private static void positive(long value, String what) {
    if (value <= 0) throw new IllegalArgumentException(what + " must be positive");
  }

  /**
   * Defaults for real portals: 1 s between requests to a host, 10 000 pages per host, depth 8, 5
   * redirects, 16 MiB per response, 10 s connect and 60 s read timeouts, 3 retries (2 for other
   * 5xx), 2 s first back-off, Retry-After up to 10 min, 60 calendar pages, 5 000 pages per numeric
   * pattern, 1 GB WARC files, 8 hosts in parallel, progress every 10 s, no overall page limit.
   */
  public static CrawlConfig defaults() {
    return new CrawlConfig(
        USER_AGENT,
        Duration.ofSeconds(1),
        Integer.MAX_VALUE,
        10_000,
        8,
        5,
        16L << 20,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        3,
        2,
        Duration.ofSeconds(2),
        Duration.ofMinutes(10),
        60,
        5_000,
        1_000_000_000L,
        8,
        Duration.ofSeconds(10));
  }

  public CrawlConfig withUserAgent(String ua) {
    return with(b -> b.userAgent = ua);
  }

  public CrawlConfig withDefaultDelay(Duration d) {
    return with(b -> b.defaultDelay = d);
  }

  public CrawlConfig withMaxPages(int n) {
    return with(b -> b.maxPages = n);
  }

  public CrawlConfig withMaxPagesPerHost(int n) {
    return with(b -> b.maxPagesPerHost = n);
  }

  public CrawlConfig withMaxDepth(int n) {
    return with(b -> b.maxDepth = n);
  }

  public CrawlConfig withMaxBytes(long n) {
    return with(b -> b.maxBytes = n);
  }

  public CrawlConfig withRetryBase(Duration d) {
    return with(b -> b.retryBase = d);
  }

  public CrawlConfig withTimeouts(Duration connect, Duration read) {
    return with(
        b -> {
          b.connectTimeout = connect;
          b.readTimeout = read;
        });
  }

  public CrawlConfig withCalendarLimit(int n) {
    return with(b -> b.calendarLimit = n);
  }

  public CrawlConfig withWarcRotateBytes(long n) {
    return with(b -> b.warcRotateBytes = n);
  }

  public CrawlConfig withProgressEvery(Duration d) {
    return with(b -> b.progressEvery = d);
  }

  /** A copy of this configuration with {@code change} applied, validated like any other. */
  private CrawlConfig with(java.util.function.Consumer<Values> change) {
    Values b = new Values(this);
    change.accept(b);
    return b.build();
  }

  /** The components as mutable fields, so each {@code with…} method names only what it changes. */
  private static final class Values {
    String userAgent;
    Duration defaultDelay;
    int maxPages;
    int maxPagesPerHost;
    int maxDepth;
    int maxRedirects;
    long maxBytes;
    Duration connectTimeout;
    Duration readTimeout;
    int maxRetries;
    int maxServerErrorRetries;
    Duration retryBase;
    Duration maxRetryAfter;
    int calendarLimit;
    int shapeLimit;
    long warcRotateBytes;
    int parallelHosts;
    Duration progressEvery;

    Values(CrawlConfig c) {
      userAgent = c.userAgent;
      defaultDelay = c.defaultDelay;
      maxPages = c.maxPages;
      maxPagesPerHost = c.maxPagesPerHost;
      maxDepth = c.maxDepth;
      maxRedirects = c.maxRedirects;
      maxBytes = c.maxBytes;
      connectTimeout = c.connectTimeout;
      readTimeout = c.readTimeout;
      maxRetries = c.maxRetries;
      maxServerErrorRetries = c.maxServerErrorRetries;
      retryBase = c.retryBase;
      maxRetryAfter = c.maxRetryAfter;
      calendarLimit = c.calendarLimit;
      shapeLimit = c.shapeLimit;
      warcRotateBytes = c.warcRotateBytes;
      parallelHosts = c.parallelHosts;
      progressEvery = c.progressEvery;
    }

    CrawlConfig build() {
      return new CrawlConfig(
          userAgent,
          defaultDelay,
          maxPages,
          maxPagesPerHost,
          maxDepth,
          maxRedirects,
          maxBytes,
          connectTimeout,
          readTimeout,
          maxRetries,
          maxServerErrorRetries,
          retryBase,
          maxRetryAfter,
          calendarLimit,
          shapeLimit,
          warcRotateBytes,
          parallelHosts,
          progressEvery);
    }
  }
}
