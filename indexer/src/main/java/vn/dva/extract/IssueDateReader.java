package vn.dva.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the issue date and congress term that follow a directive mention: "Chỉ thị số 18-CT/TU,
 * ngày 04/11/2022", "ngày 15 tháng 3 năm 2018", "của Hội nghị Trung ương 7 (khóa XI)".
 *
 * <p>A date counts only when nothing between the number and the date suggests that it belongs to
 * something else: no other directive or type name, no clause word (về, từ, đến, và, trong, tại …),
 * no semicolon, quotation mark or line break. Stateless and thread-safe.
 */
final class IssueDateReader {

  /** How far after a mention its date or term may be, in characters. */
  static final int WINDOW = 120;

  private static final Pattern PUNCTUATION_GAP = Pattern.compile("[\\s,(–-]*");

  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "(?iu)(ngày|ngay)?\\s*(?<![\\d/.])(\\d{1,2})\\s*([/.\\-])\\s*(\\d{1,2})\\s*\\3\\s*(\\d{4})(?!\\d)");

  private static final Pattern WORDED_DATE =
      Pattern.compile(
          "(?iu)(ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*,?\\s+năm\\s+(\\d{4})(?!\\d)");

  private static final Pattern CLAUSE_WORD =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(về|từ|đến|và|trong|tại|theo|nhằm|để|với|cho|là|sau|trước|tới|hoặc|hay)(?![\\p{L}])");

  private static final Pattern TYPE_NAME =
      Pattern.compile(
          "(?iu)(?<![\\p{L}])(" + String.join("|", DirectiveCodes.typeNames()) + ")(?![\\p{L}])");

  private static final Pattern TERM =
      Pattern.compile("(?iu)(?<![\\p{L}])kh(?:óa|oá)\\s+([IVXL]{1,6})(?![\\p{L}\\p{N}])");

  private static final Pattern SAME_DAY =
      Pattern.compile(
          "(?iu)[\\s,]*(?:đều\\s+)?(?:cùng|cùng được ban hành|cùng ban hành)\\s+(?:vào\\s+)?ngày");

  private static final Pattern JOINED =
      Pattern.compile(
          "(?iu)\\s*(?:,|và|,\\s*và)\\s*(?:(?:"
              + String.join("|", DirectiveCodes.typeNames())
              + ")\\s*)?(?:số\\s*)?:?\\s*");

  /**
   * What may stand between a number and "ngày": the issuing body ("của Ban Thường vụ Tỉnh ủy"),
   * "ban hành", "ký", the term. Anything else ("hội nghị ngày …") names another event.
   */
  private static final Pattern GAP_LEAD =
      Pattern.compile(
          "(?iu)[\\s,(–-]*(?:của|do|được|đã|cùng|đều|ban hành|ký|vào|kh(?:óa|oá))(?![\\p{L}])");

  private static final Pattern SUBJECT_CLAUSE =
      Pattern.compile("(?iu)(?<![\\p{L}])về(?![\\p{L}])|[;\\n“\"]");

  private IssueDateReader() {}

  /** The mentions with the date and term that follow each of them (a list shares one date). */
  static List<DirectiveMention> read(String text, List<DirectiveMention> mentions) {
    List<DirectiveMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      DirectiveMention m = mentions.get(i);
      int limit = Math.min(text.length(), m.groupEnd() + WINDOW);
      for (int j = i + 1; j < mentions.size(); j++) {
        if (mentions.get(j).start() >= m.groupEnd()) {
          limit = Math.min(limit, mentions.get(j).start());
          break;
        }
      }
      String window = text.substring(Math.min(m.groupEnd(), limit), limit);
      LocalDate date = m.issued() != null ? m.issued() : dateIn(window);
      out.add(m.dated(date, termIn(window)));
      if (date != null && SAME_DAY.matcher(window).lookingAt()) shareDate(text, out, date);
    }
    return out;
  }

  /**
   * "Nghị quyết số 24-NQ/TW và Nghị quyết số 25-NQ/TW cùng ngày 12/3/2003": the undated mentions
   * joined to the last one by "và" or a comma take its date.
   */
  private static void shareDate(String text, List<DirectiveMention> out, LocalDate date) {
    for (int k = out.size() - 2; k >= 0; k--) {
      DirectiveMention before = out.get(k);
      DirectiveMention after = out.get(k + 1);
      if (before.issued() != null) return;
      if (before.groupEnd() < after.groupStart()
          && !JOINED.matcher(text.substring(before.groupEnd(), after.groupStart())).matches()) {
        return;
      }
      out.set(k, before.dated(date, before.term()));
    }
  }

  /** The issue date at the start of {@code window}, or null. */
  static LocalDate dateIn(String window) {
    if (!hasAsciiDigit(window)) return null; // both date patterns need one: skip their searches
    Matcher n = NUMERIC_DATE.matcher(window);
    Matcher w = WORDED_DATE.matcher(window);
    boolean hasN = n.find();
    boolean hasW = w.find();
    if (!hasN && !hasW) return null;
    boolean worded = hasW && (!hasN || w.start() <= n.start());
    Matcher d = worded ? w : n;
    boolean saidNgay = d.group(1) != null;
    String gap = window.substring(0, d.start());
    if (!gapAllowsDate(gap, saidNgay)) return null;
    return worded
        ? date(d.group(2), d.group(3), d.group(4))
        : date(d.group(2), d.group(4), d.group(5));
  }

  private static boolean gapAllowsDate(String gap, boolean saidNgay) {
    if (gap.isBlank() || PUNCTUATION_GAP.matcher(gap).matches()) return true;
    if (!saidNgay || gap.length() > 90 || !GAP_LEAD.matcher(gap).lookingAt()) return false;
    if (gap.chars().anyMatch(c -> ";:\n“”\"".indexOf(c) >= 0)) return false;
    return !CLAUSE_WORD.matcher(gap).find() && !TYPE_NAME.matcher(gap).find();
  }

  /** The congress term named before the subject clause ("khóa XI"), or null. */
  static String termIn(String window) {
    if (!hasKh(window)) return null; // TERM starts with "kh": skip both searches without it
    int cut = window.length();
    Matcher clause = SUBJECT_CLAUSE.matcher(window);
    if (clause.find()) cut = clause.start();
    Matcher t = TERM.matcher(window.substring(0, cut));
    return t.find() ? t.group(1).toUpperCase(java.util.Locale.ROOT) : null;
  }

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') return true;
    }
    return false;
  }

  /** Whether "kh" appears in any case (the Kelvin sign too, as (?iu) allows), as TERM needs. */
  private static boolean hasKh(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      char d = s.charAt(i + 1);
      if ((c == 'k' || c == 'K' || c == '\u212A') && (d == 'h' || d == 'H')) return true;
    }
    return false;
  }

  /** A date from day, month and year digits, or null when they name no calendar day. */
  static LocalDate date(String day, String month, String year) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1930 || y > 2100) return null;
      return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException | DateTimeException notADate) {
      return null;
    }
  }
}
