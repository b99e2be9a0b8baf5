package vn.dva.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.netpreserve.jwarc.WarcRevisit;

/**
 * Visits one frontier entry: checks robots.txt and the host budget, fetches (conditionally when an
 * earlier capture left validators), decides on retries (429/503 with Retry-After, other 5xx,
 * network errors), archives the exchange (response, or a revisit for 304 and for a payload already
 * archived under another URL), follows a redirect by queueing its target, hands the decoded body to
 * {@link LinkExtractor}, and journals the URL as done. Called by one worker per host at a time.
 */
final class PageVisitor {

  /** What the scheduler must do next with the host. */
  record Outcome(boolean requested, Duration retryAfter, boolean postponed) {
    static final Outcome NO_REQUEST = new Outcome(false, null, false);
    static final Outcome DONE = new Outcome(true, null, false);

    static Outcome retry(Duration wait) {
      return new Outcome(true, wait, false);
    }
  }

  /** Receives discovered URLs. */
  interface Sink {
    void offer(URI url, int depth, int hops, Outlink.Kind kind) throws IOException;
  }

  private final CrawlConfig config;
  private final HttpFetcher fetcher;
  private final WarcArchive archive;
  private final CrawlJournal journal;
  private final CrawlStats stats;
  private final Sink sink;

  PageVisitor(
      CrawlConfig config,
      HttpFetcher fetcher,
      WarcArchive archive,
      CrawlJournal journal,
      CrawlStats stats,
      Sink sink) {
    this.config = config;
    this.fetcher = fetcher;
    this.archive = archive;
    this.journal = journal;
    this.stats = stats;
    this.sink = sink;
  }

  Outcome visit(HostQueue host, FrontierEntry entry) throws IOException, InterruptedException {
    URI url = URI.create(entry.url());
    if (!host.robots.allows(url)) {
      synchronized (stats) {
        stats.robotsBlocked++;
      }
      journal.skipped(entry.url(), "robots.txt cấm");
      return Outcome.NO_REQUEST;
    }
    if (host.pages >= config.maxPagesPerHost()) {
      journal.skipped(
          entry.url(), "hết hạn mức " + config.maxPagesPerHost() + " trang của máy chủ");
      return Outcome.NO_REQUEST;
    }
    CrawlJournal.Capture previous;
    synchronized (journal) {
      previous = journal.state().captures.get(entry.url());
    }
    HttpFetcher.Validators validators = validators(previous);
    Fetched f;
    try {
      f = fetcher.fetch(url, validators);
    } catch (IOException e) {
      String reason =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      if (entry.attempt() < config.maxRetries()) return Outcome.retry(backoff(entry.attempt()));
      stats.error(
          host, entry.url(), "lỗi mạng sau " + (entry.attempt() + 1) + " lần thử: " + reason);
      journal.skipped(entry.url(), "lỗi mạng: " + reason);
      return Outcome.DONE;
    }
    String province = host.province(url);
    int status = f.status();
    stats.page(host, f.body().length);
    if ((status == 429 || status == 503) && entry.attempt() < config.maxRetries()) {
      archive.writeResponse(f, province);
      Duration wait = retryAfter(f).orElse(backoff(entry.attempt()));
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        stats.error(
            host, entry.url(), "Retry-After " + wait.toSeconds() + " s quá dài: để lần chạy sau");
        return new Outcome(true, null, true);
      }
      return Outcome.retry(wait);
    }
    if (status >= 500 && status != 503 && entry.attempt() < config.maxServerErrorRetries()) {
      archive.writeResponse(f, province);
      return Outcome.retry(backoff(entry.attempt()));
    }
    String digest = WarcArchive.sha1(f.body()).prefixedBase32();
    WarcArchive.Written written = archiveFinal(f, province, previous, digest);
    discover(host, entry, f, url);
    if (status >= 400) stats.error(host, entry.url(), "HTTP " + status);
    journal.fetched(
        new CrawlJournal.Capture(
            entry.url(),
            status,
            f.date(),
            status == 304 ? null : written.payloadDigest(),
            f.header("ETag").orElse(null),
            f.header("Last-Modified").orElse(null),
            written.recordId().toString()));
    return Outcome.DONE;
  }

  private WarcArchive.Written archiveFinal(
      Fetched f, String province, CrawlJournal.Capture previous, String digest) throws IOException {
    if (f.status() == 304 && previous != null) {
      synchronized (stats) {
        stats.notModified++;
      }
      return archive.writeRevisit(
          f,
          province,
          WarcRevisit.SERVER_NOT_MODIFIED_1_1,
          URI.create(previous.url()),
          previous.date(),
          uri(previous.recordId()),
          previous.digest());
    }
    if (f.status() >= 200 && f.status() < 300 && f.body().length > 0 && f.truncated() == null) {
      CrawlJournal.Capture original;
      synchronized (journal) {
        original = journal.state().firstByDigest.get(digest);
      }
      // the same bytes again, at another URL or at this one in a later cycle: a revisit, not a copy
      if (original != null) {
        if (!original.url().equals(f.url().toString())) {
          synchronized (stats) {
            stats.duplicates++;
          }
        }
        WarcArchive.Written w =
            archive.writeRevisit(
                f,
                province,
                WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1,
                URI.create(original.url()),
                original.date(),
                uri(original.recordId()),
                digest);
        return new WarcArchive.Written(w.recordId(), digest, w.file(), w.offset());
      }
    }
    return archive.writeResponse(f, province);
  }

  private void discover(HostQueue host, FrontierEntry entry, Fetched f, URI url)
      throws IOException {
    int status = f.status();
    if (status >= 300 && status < 400) {
      Optional<URI> target = f.header("Location").flatMap(l -> UrlNormalizer.normalize(url, l));
      if (target.isEmpty()) return;
      if (entry.hops() + 1 > config.maxRedirects()) {
        stats.error(
            host,
            entry.url(),
            "chuỗi chuyển hướng dài quá " + config.maxRedirects() + " bước: cắt");
        return;
      }
      sink.offer(target.get(), entry.depth(), entry.hops() + 1, entry.kind());
      return;
    }
    if (status < 200 || status >= 300) return;
    byte[] decoded =
        ContentDecoding.decode(
            f.body(), f.header("Content-Encoding").orElse(null), 4 * config.maxBytes());
    for (Outlink link : LinkExtractor.extract(url, f.contentType(), decoded)) {
      int depth =
          switch (link.kind()) {
            case PAGE, ATTACHMENT -> entry.depth() + 1;
            case NEXT_PAGE, FEED -> entry.depth();
            case LISTED -> 1;
          };
      sink.offer(link.url(), depth, 0, link.kind());
    }
  }

  /** Discovers the links of a record archived before a crash but never journaled. */
  void rediscover(HostQueue host, FrontierEntry entry, Fetched f) throws IOException {
    discover(host, entry, f, f.url());
  }

  private static HttpFetcher.Validators validators(CrawlJournal.Capture previous) {
    if (previous == null || previous.status() < 200 || previous.status() >= 300) return null;
    if (previous.etag() == null && previous.lastModified() == null) return null;
    return new HttpFetcher.Validators(previous.etag(), previous.lastModified());
  }

  private Duration backoff(int attempt) {
    return config.retryBase().multipliedBy(1L << Math.min(attempt, 10));
  }

  /** Retry-After as seconds or as an HTTP date; empty when absent or unreadable. */
  static Optional<Duration> retryAfter(Fetched f) {
    Optional<String> v = f.header("Retry-After").map(String::strip);
    if (v.isEmpty()) return Optional.empty();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v.get()))));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(Instant.now(), at.toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException unreadable) {
        return Optional.empty();
      }
    }
  }

  private static URI uri(String s) {
    return s == null ? null : URI.create(s);
  }
}
