package vn.dva.crawl;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.Locale;

/**
 * Counters of a run and the progress lines printed on stderr while it runs: totals, then pages,
 * errors and queue length per host. Errors are printed at once with their URL and reason.
 * Thread-safe.
 */
final class CrawlStats {

  private final PrintWriter out;
  private final long started = System.nanoTime();
  int pages;
  long bytes;
  int errors;
  int duplicates;
  int notModified;
  int robotsBlocked;
  int trapsCut;
  int offHost;

  CrawlStats(PrintWriter out) {
    this.out = out;
  }

  synchronized void page(HostQueue host, long size) {
    pages++;
    bytes += size;
    host.pages++;
    host.bytes += size;
  }

  synchronized void error(HostQueue host, String url, String reason) {
    errors++;
    if (host != null) host.errors++;
    out.println("lỗi: " + url + " — " + reason);
  }

  synchronized void note(String message) {
    out.println(message);
  }

  synchronized void progress(Collection<HostQueue> hosts, int active) {
    StringBuilder s = new StringBuilder();
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    int queued = 0;
    for (HostQueue h : hosts) queued += h.queue.size();
    s.append(
        String.format(
            Locale.ROOT,
            "[dva crawl %02d:%02d] %d trang, %s, %d lỗi, %d chờ, %d máy chủ đang tải",
            seconds / 60,
            seconds % 60,
            pages,
            humanBytes(bytes),
            errors,
            queued,
            active));
    for (HostQueue h : hosts) {
      s.append(
          String.format(
              Locale.ROOT,
              "%n  %s: %d trang, %s, %d lỗi, %d chờ%s",
              h.key,
              h.pages,
              humanBytes(h.bytes),
              h.errors,
              h.queue.size(),
              h.gaveUp ? " (tạm bỏ)" : ""));
    }
    out.println(s);
  }

  synchronized CrawlSummary summary(int left, boolean finished) {
    return new CrawlSummary(
        pages,
        bytes,
        errors,
        duplicates,
        notModified,
        robotsBlocked,
        trapsCut,
        offHost,
        left,
        finished,
        java.time.Duration.ofNanos(System.nanoTime() - started));
  }

  static String humanBytes(long b) {
    if (b < 1024) return b + " B";
    if (b < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", b / 1024.0);
    if (b < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", b / (1024.0 * 1024));
    return String.format(Locale.ROOT, "%.2f GB", b / (1024.0 * 1024 * 1024));
  }
}
