package vn.dva.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds directive numbers in NFC text for the tokenizer, in every spelling seen on real pages, and
 * gives each its canonical form (upper case, {@code Đ} kept, no spaces): {@code 18-CT/TU}, {@code
 * 18 - ct/tu} and {@code 18-CT / TU} all become {@code 18-CT/TU}; {@code 217-QD/TW} and the swapped
 * {@code 217/QĐ-TW} become {@code 217-QĐ/TW}; each member of the list {@code 217, 218-QĐ/TW} gets
 * its own number; state documents keep their own shape ({@code 15/2020/NĐ-CP}, {@code
 * 1234/QĐ-UBND}, {@code 202/2025/QH15}). The canonical form is the one of {@code
 * vn.dva.extract.DirectiveExtractor}. Stateless and thread-safe.
 */
final class DirectiveNumbers {

  /** One directive number: its span in the text and its canonical form. */
  record Span(int start, int end, String canonical) {}

  /** Type codes of Party and state documents, longest first so the alternation prefers them. */
  private static final String TYPE =
      "(CTr|TTLT|TTr|TTg|QĐi|QDi|CT|NQ|KL|QĐ|QD|ĐA|DA|HD|HĐ|KH|BC|TB|TT|CV|QC|NĐ|ND|QyĐ|QyD)";

  /**
   * Issuers that make a number a Party document: the central committee and local Party committees.
   */
  private static final String PARTY_ISSUER = "(\\p{L}{0,6}?(?:TW|TƯ|TU|HU|ĐU|DU|ĐUK|DUK|QU))";

  private static final String ISSUER = "(\\p{L}{2,8}\\d{0,2})";
  private static final String END = "(?![\\p{L}\\p{N}])";
  private static final String START = "(?<!\\p{N})";

  /** {@code 18-CT/TU}, {@code 18 - CT/TU}, {@code 217- QĐ/TW}. */
  private static final Pattern PARTY =
      Pattern.compile(
          START + "(\\d{1,4})\\s*-\\s*" + TYPE + "\\s*/\\s*" + ISSUER + END,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code 217/QĐ-TW}: slash and hyphen swapped, Party issuer. */
  private static final Pattern PARTY_SWAPPED =
      Pattern.compile(
          START + "(\\d{1,4})\\s*/\\s*" + TYPE + "\\s*-\\s*" + PARTY_ISSUER + END,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code 15/2020/NĐ-CP}, {@code 202/2025/QH15}. */
  private static final Pattern STATE_WITH_YEAR =
      Pattern.compile(
          START
              + "(\\d{1,5})\\s*/\\s*((?:19|20)\\d{2})\\s*/\\s*(\\p{L}{1,6}\\d{0,2})(?:\\s*-\\s*"
              + ISSUER
              + ")?"
              + END,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern PARTY_ISSUER_ONLY =
      Pattern.compile(PARTY_ISSUER, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** {@code 1234/QĐ-UBND}, {@code 05/CT-TTg}. */
  private static final Pattern STATE =
      Pattern.compile(
          START + "(\\d{1,5})\\s*/\\s*" + TYPE + "\\s*-\\s*" + ISSUER + END,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Numbers listed before a directive: {@code 217, } or {@code 15, 16 và }. */
  private static final Pattern LIST_MEMBER =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\d{1,4})\\s*(?:,|;|và|&)\\s*$", Pattern.UNICODE_CASE);

  /** How far back a list may start; real lists hold a handful of numbers. */
  private static final int LIST_REACH = 80;

  private DirectiveNumbers() {}

  /**
   * Every directive number in {@code text}, ordered by start, never overlapping.
   *
   * @param text NFC text, not null; empty text gives an empty list
   */
  static List<Span> find(CharSequence text) {
    if (text == null) throw new IllegalArgumentException("text must not be null");
    List<Span> found = new ArrayList<>();
    Matcher m = PARTY.matcher(text);
    while (m.find()) {
      String canonical = party(m.group(1), m.group(2), m.group(3));
      found.add(new Span(m.start(), m.end(), canonical));
      addListMembers(text, m.start(), canonical.substring(canonical.indexOf('-')), found);
    }
    m = PARTY_SWAPPED.matcher(text);
    while (m.find()) {
      String canonical = party(m.group(1), m.group(2), m.group(3));
      found.add(new Span(m.start(), m.end(), canonical));
      addListMembers(text, m.start(), canonical.substring(canonical.indexOf('-')), found);
    }
    m = STATE_WITH_YEAR.matcher(text);
    while (m.find()) {
      String tail = m.group(4) == null ? "" : "-" + issuer(m.group(4));
      found.add(
          new Span(
              m.start(), m.end(), m.group(1) + "/" + m.group(2) + "/" + type(m.group(3)) + tail));
    }
    m = STATE.matcher(text);
    while (m.find()) {
      if (PARTY_ISSUER_ONLY.matcher(m.group(3)).matches())
        continue; // swapped Party number, found above
      found.add(
          new Span(
              m.start(), m.end(), m.group(1) + "/" + type(m.group(2)) + "-" + issuer(m.group(3))));
    }
    return withoutOverlaps(found);
  }

  /**
   * Walks back from a directive over {@code 217, 218, } adding each number with the same suffix.
   */
  private static void addListMembers(
      CharSequence text, int directiveStart, String suffix, List<Span> out) {
    int end = directiveStart;
    int floor = Math.max(0, directiveStart - LIST_REACH);
    while (end > floor) {
      Matcher member = LIST_MEMBER.matcher(text).region(floor, end);
      member.useTransparentBounds(true);
      if (!member.find()) return;
      out.add(new Span(member.start(1), member.end(1), member.group(1) + suffix));
      end = member.start(1);
    }
  }

  private static List<Span> withoutOverlaps(List<Span> found) {
    found.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> kept = new ArrayList<>(found.size());
    int reached = -1;
    for (Span s : found) {
      if (s.start() >= reached) {
        kept.add(s);
        reached = s.end();
      }
    }
    return kept;
  }

  private static String party(String number, String type, String issuer) {
    return number + "-" + type(type) + "/" + issuer(issuer);
  }

  /** Upper case with {@code D} read as {@code Đ} where the code can only mean Đ. */
  static String type(String raw) {
    String t = raw.toUpperCase(Locale.ROOT);
    return switch (t) {
      case "QD", "QĐ" -> "QĐ";
      case "QDI", "QĐI" -> "QĐi";
      case "QYD", "QYĐ" -> "QyĐ";
      case "DA", "ĐA" -> "ĐA";
      case "ND", "NĐ" -> "NĐ";
      case "CTR" -> "CTr";
      case "TTR" -> "TTr";
      case "TTG" -> "TTg";
      default -> t;
    };
  }

  /** Upper case; {@code TƯ} is written for {@code TW}, {@code DU} for {@code ĐU}. */
  static String issuer(String raw) {
    String i = raw.toUpperCase(Locale.ROOT);
    return switch (i) {
      case "TƯ" -> "TW";
      case "DU" -> "ĐU";
      case "DUK" -> "ĐUK";
      case "TTG" -> "TTg";
      default -> i;
    };
  }
}
