package vn.dva.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The robots.txt rules of one host, read with crawler-commons: a 2xx body is parsed for our agent
 * name; a 4xx means everything is allowed; a 5xx or a network failure means nothing is allowed for
 * now and the file must be fetched again later; a Crawl-delay above 300 s disallows the whole host.
 * Immutable.
 */
public final class RobotsPolicy {

  /** The product token matched against {@code User-agent:} lines. */
  public static final String AGENT_NAME = "dva-crawler";

  private final BaseRobotRules rules;
  private final boolean retryLater;

  private RobotsPolicy(BaseRobotRules rules, boolean retryLater) {
    this.rules = rules;
    this.retryLater = retryLater;
  }

  /**
   * Builds the policy from a robots.txt fetch.
   *
   * @param robotsUrl the robots.txt URL, not null
   * @param status the HTTP status, or -1 when the fetch failed without one
   * @param body the body for 2xx statuses, otherwise ignored (may be null)
   * @param contentType the Content-Type header, or null
   */
  public static RobotsPolicy from(URI robotsUrl, int status, byte[] body, String contentType) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    if (status >= 200 && status < 300) {
      BaseRobotRules parsed =
          parser.parseContent(
              robotsUrl.toString(),
              body == null ? new byte[0] : body,
              contentType == null ? "text/plain" : contentType,
              List.of(AGENT_NAME));
      return new RobotsPolicy(parsed, false);
    }
    int code = status < 0 ? 500 : status;
    BaseRobotRules failed = parser.failedFetch(code);
    return new RobotsPolicy(failed, code >= 500 || failed.isDeferVisits());
  }

  /** Whether {@code url} may be fetched. */
  public boolean allows(URI url) {
    return rules.isAllowed(url.toString());
  }

  /**
   * True when robots.txt could not be read (5xx, network) and must be fetched again before
   * crawling.
   */
  public boolean retryLater() {
    return retryLater;
  }

  /** True when nothing on the host may be fetched (Disallow: /, or a Crawl-delay over 300 s). */
  public boolean disallowsAll() {
    return rules.isAllowNone();
  }

  /** The Crawl-delay for our agent, or empty when robots.txt sets none. */
  public Optional<Duration> crawlDelay() {
    long ms = rules.getCrawlDelay();
    return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(ms));
  }

  /** Sitemap URLs named by robots.txt, resolved against the robots.txt URL and normalized. */
  public List<URI> sitemaps(URI robotsUrl) {
    List<URI> out = new ArrayList<>();
    for (String s : rules.getSitemaps()) {
      UrlNormalizer.normalize(robotsUrl, s).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "RobotsPolicy[allowNone=%s, retryLater=%s, delay=%s]",
        rules.isAllowNone(),
        retryLater,
        crawlDelay().orElse(null));
  }
}
