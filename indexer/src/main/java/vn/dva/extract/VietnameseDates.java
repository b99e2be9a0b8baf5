package vn.dva.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient reading of the dates Vietnamese portals print and put in their meta tags.
 *
 * <p>Understood, anywhere in the given text: ISO dates and date-times ({@code 2023-01-19}, {@code
 * 2020-01-14T08:00:00+07:00}, NukeViet's malformed {@code 2023-01-19+0710:20:00}), day/month/year
 * with {@code /}, {@code .} or {@code -} ({@code Thứ năm - 19/01/2023 10:20}, {@code Chủ Nhật,
 * 24/9/2023}), the spelled-out form {@code ngày 15 tháng 3 năm 2018}, and the RFC 1123 form of
 * feeds ({@code Thu, 19 Jan 2023 10:20:00 +0700}). Numeric dates are always day/month/year, never
 * month/day. A date-time with an offset is converted to Vietnam time (+07:00) before its date is
 * taken; without an offset it is taken as Vietnam time. Years outside 1945–2100 and impossible days
 * (31/02) are ignored. Stateless and thread-safe.
 */
public final class VietnameseDates {

  /** Vietnam's offset, the default for date-times that carry none. */
  public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
  private static final Pattern DMY =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})(?!\\d)");
  private static final Pattern SPELLED =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:năm|,|/)?\\s*(\\d{4})(?!\\d)");
  private static final Pattern RFC =
      Pattern.compile(
          "(?i)(?<!\\d)(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{4})(?!\\d)");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private VietnameseDates() {}

  /**
   * The first readable date in {@code text}, or null when there is none (also for null or blank
   * text). "First" means the leftmost match of any understood form.
   */
  public static LocalDate parse(String text) {
    if (text == null || text.isBlank()) return null;
    String t = TextDecoder.nfc(text).replace('\u00A0', ' ');
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : List.of(ISO, DMY, SPELLED, RFC)) {
      Matcher m = p.matcher(t);
      while (m.find() && m.start() < bestAt) {
        LocalDate d = toDate(p, m);
        if (d != null) {
          best = d;
          bestAt = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static LocalDate toDate(Pattern p, Matcher m) {
    try {
      if (p == ISO) return iso(m);
      if (p == DMY) return checked(num(m, 4), num(m, 3), num(m, 1));
      if (p == SPELLED) return checked(num(m, 3), num(m, 2), num(m, 1));
      int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
      return checked(num(m, 3), month, num(m, 1));
    } catch (DateTimeException | NumberFormatException impossible) {
      return null;
    }
  }

  private static LocalDate iso(Matcher m) {
    LocalDate date = checked(num(m, 1), num(m, 2), num(m, 3));
    if (date == null || m.group(4) == null || m.group(7) == null) return date;
    String offset = m.group(7);
    ZoneOffset zone =
        offset.equalsIgnoreCase("Z")
            ? ZoneOffset.UTC
            : ZoneOffset.of(
                offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset);
    int seconds = m.group(6) == null ? 0 : num(m, 6);
    LocalDateTime local = date.atTime(num(m, 4), num(m, 5), seconds);
    return OffsetDateTime.of(local, zone).atZoneSameInstant(VIETNAM).toLocalDate();
  }

  private static LocalDate checked(int year, int month, int day) {
    if (year < 1945 || year > 2100) return null;
    return LocalDate.of(year, month, day);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
