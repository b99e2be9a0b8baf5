package vn.dva.crawl;

import java.net.URI;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises link spaces that never end: endless calendars (a date in the path or query, outside
 * plausible years or beyond {@code calendarLimit} URLs of one pattern per host), repeating path
 * segments ({@code /a/b/a/b/…}), very long URLs and generated numeric patterns beyond {@code
 * shapeLimit}. Counts are kept per host for one crawl; thread-safe.
 */
public final class TrapDetector {

  static final int MAX_URL_LENGTH = 512;
  static final int MAX_QUERY_PARAMS = 12;
  static final int FIRST_PLAUSIBLE_YEAR = 1990;

  private static final Pattern YEAR_MONTH =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([-/_.])(0?[1-9]|1[0-2])(?![0-9])");
  private static final Pattern DATE_PARAM =
      Pattern.compile(
          "(?i)(?:^|[?&])(?:date|day|month|year|ngay|thang|nam|cal|calendar|lich|d|m|y)=([0-9-]+)");
  private static final Pattern ANY_YEAR =
      Pattern.compile("(?<![0-9])((?:1[0-9]|2[0-9])[0-9]{2})(?![0-9])");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  private final int calendarLimit;
  private final int shapeLimit;
  private final int lastPlausibleYear;
  private final Map<String, Integer> shapeCounts = new HashMap<>();

  /**
   * @param calendarLimit URLs allowed per host and date-shaped pattern, positive
   * @param shapeLimit URLs allowed per host and numeric pattern, positive
   */
  public TrapDetector(int calendarLimit, int shapeLimit) {
    if (calendarLimit <= 0)
      throw new IllegalArgumentException("calendarLimit must be positive: " + calendarLimit);
    if (shapeLimit <= 0)
      throw new IllegalArgumentException("shapeLimit must be positive: " + shapeLimit);
    this.calendarLimit = calendarLimit;
    this.shapeLimit = shapeLimit;
    this.lastPlausibleYear = Year.now().getValue() + 1;
  }

  /**
   * Checks a new URL and, when it passes, counts it against its pattern.
   *
   * @param url a normalized URL, not null
   * @return why the URL is a trap, or empty when it may be crawled
   */
  public synchronized Optional<String> check(URI url) {
    String s = url.toString();
    if (s.length() > MAX_URL_LENGTH) return Optional.of("URL dài quá " + MAX_URL_LENGTH + " ký tự");
    String query = url.getRawQuery();
    if (query != null && query.split("&").length > MAX_QUERY_PARAMS)
      return Optional.of("quá nhiều tham số");
    if (repeatsSegments(url.getRawPath())) return Optional.of("đường dẫn lặp lại");
    String pathAndQuery = url.getRawPath() + (query == null ? "" : "?" + query);
    boolean dated =
        YEAR_MONTH.matcher(pathAndQuery).find() || DATE_PARAM.matcher(pathAndQuery).find();
    if (dated) {
      Matcher year = ANY_YEAR.matcher(pathAndQuery);
      while (year.find()) {
        int y = Integer.parseInt(year.group(1));
        if (y < FIRST_PLAUSIBLE_YEAR || y > lastPlausibleYear)
          return Optional.of("lịch ngoài khoảng năm hợp lý: " + y);
      }
    }
    String shape = UrlNormalizer.hostKey(url) + DIGITS.matcher(pathAndQuery).replaceAll("#");
    if (shape.equals(UrlNormalizer.hostKey(url) + pathAndQuery)) return Optional.empty();
    int limit = dated ? calendarLimit : shapeLimit;
    int seen = shapeCounts.merge(shape, 1, Integer::sum);
    if (seen > limit)
      return Optional.of(
          (dated ? "bẫy lịch" : "mẫu URL lặp") + " vượt " + limit + " trang: " + shape);
    return Optional.empty();
  }

  /** A segment three times, or a run of two or more segments repeated back to back. */
  static boolean repeatsSegments(String path) {
    if (path == null) return false;
    String[] parts = path.split("/");
    Map<String, Integer> counts = new HashMap<>();
    for (String p : parts) {
      if (p.isEmpty()) continue;
      if (counts.merge(p, 1, Integer::sum) >= 3) return true;
    }
    for (int len = 1; len * 2 <= parts.length; len++) {
      for (int start = 0; start + 2 * len <= parts.length; start++) {
        boolean same = true;
        for (int k = 0; k < len && same; k++) {
          same = !parts[start + k].isEmpty() && parts[start + k].equals(parts[start + len + k]);
        }
        if (same && len >= 2) return true;
      }
    }
    return false;
  }
}
