package vn.dva.crawl;

import java.time.Duration;
import java.util.Locale;

/**
 * What one run of the crawler did.
 *
 * @param pages responses archived (any status)
 * @param bytes body bytes received
 * @param errors URLs given up after retries, network failures and unreadable robots.txt
 * @param duplicates responses whose payload was archived before under another URL
 * @param notModified 304 answers to conditional re-fetches
 * @param robotsBlocked URLs not fetched because robots.txt disallows them
 * @param trapsCut URLs refused as calendar, repeating-path or pattern traps, or past the depth
 *     limit
 * @param offHost links to hosts outside sites.tsv, never followed
 * @param left URLs still queued (the next run continues them)
 * @param finished whether the crawl cycle completed (the next run then re-crawls conditionally)
 * @param took wall-clock time of the run
 */
public record CrawlSummary(
    int pages,
    long bytes,
    int errors,
    int duplicates,
    int notModified,
    int robotsBlocked,
    int trapsCut,
    int offHost,
    int left,
    boolean finished,
    Duration took) {

  /** A one-line Vietnamese summary for the terminal. */
  public String line() {
    return String.format(
        Locale.ROOT,
        "%s: %d trang đã lưu (%s), %d lỗi, %d bản trùng nội dung, %d không đổi (304), %d bị robots.txt cấm, "
            + "%d bị chặn do bẫy/độ sâu, %d liên kết ngoài bỏ qua, %d còn trong hàng đợi, %d giây",
        finished ? "Xong" : "Tạm dừng",
        pages,
        CrawlStats.humanBytes(bytes),
        errors,
        duplicates,
        notModified,
        robotsBlocked,
        trapsCut,
        offHost,
        left,
        took.toSeconds());
  }
}
